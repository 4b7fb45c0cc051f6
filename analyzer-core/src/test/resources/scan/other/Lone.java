package other;
class Lone { String kön; }

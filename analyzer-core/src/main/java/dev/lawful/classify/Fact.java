package dev.lawful.classify;

/**
 * What one signal found in one field: typed evidence that the scorer weighs.
 *
 * @param signal the signal's id
 * @param value how strongly it fired, 0..1 (the scorer multiplies it by the signal's weight)
 * @param category the category it speaks for, or null
 * @param link whether it says the field refers to a person rather than holds their data
 * @param specificity how specific the match is (longer patterns first), for choosing a category
 * @param detail human-readable, for the explanation only
 */
record Fact(String signal, double value, String category, boolean link, int specificity, String detail) {

    static Fact of(String signal, String detail) {
        return new Fact(signal, 1, null, false, 0, detail);
    }

    static Fact category(String signal, String category, int specificity, String detail) {
        return new Fact(signal, 1, category, false, specificity, detail);
    }

    static Fact link(String signal, String detail) {
        return new Fact(signal, 1, null, true, 0, detail);
    }
}

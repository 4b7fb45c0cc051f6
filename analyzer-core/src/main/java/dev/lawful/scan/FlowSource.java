package dev.lawful.scan;

/**
 * Where a value that reaches a sink comes from, as far as one file can tell. Whether it is
 * personal data is decided after classification, from the inventory.
 *
 * @param kind FIELD: a field read ({@code this.email}, {@code customer.email}); ACCESSOR: a
 *     getter or record accessor ({@code customer.getEmail()}, {@code c.email()}); VARIABLE: a
 *     parameter or local whose value came from outside the method; OBJECT: a whole object
 *     ({@code this}), whose {@code toString} may print personal fields
 * @param type the declared type of the object read from, of the variable, or of the object:
 *     qualified when the file's imports tell, else as written
 * @param name the member path read ({@code email}, {@code address.city}), or the variable's name
 * @param parameter for a method's own parameter, its index (so that a caller's argument can
 *     take its place); else -1
 */
public record FlowSource(Kind kind, String type, String name, int parameter) {

    public enum Kind { FIELD, ACCESSOR, VARIABLE, OBJECT }
}

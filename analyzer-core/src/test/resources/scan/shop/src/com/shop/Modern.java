package com.shop;

// expect: newest syntax parses: sealed interfaces, records, text blocks, switch patterns
public sealed interface Modern permits Modern.A, Modern.B {
    record A(String name) implements Modern {}
    record B(int size) implements Modern {}

    static String describe(Modern value) {
        String block = """
            text block
            """;
        return switch (value) {
            case A a when a.name().isEmpty() -> "empty" + block;
            case A a -> a.name();
            case B(int size) -> "size " + size;
        };
    }
}

package dev.lawful.classify;

import java.util.ArrayList;
import java.util.List;

/** The type names in a declared type as written: {@code Map<String, List<Customer>>} gives Map, String, List, Customer. */
final class TypeNames {

    private TypeNames() {
    }

    /** The outer type, and the type arguments only of containers. */
    static List<String> linked(String declared) {
        List<String> names = of(declared);
        return names.isEmpty() || JavaVocabulary.builtin().containerTypes().contains(names.get(0)) ? names : List.of(names.get(0));
    }

    static boolean isContainer(String name) {
        return JavaVocabulary.builtin().containerTypes().contains(name);
    }

    static List<String> of(String declared) {
        if (isOneName(declared)) {
            return List.of(declared);
        }
        List<String> names = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= declared.length(); i++) {
            char c = i < declared.length() ? declared.charAt(i) : ' ';
            boolean part = Character.isJavaIdentifierPart(c) || c == '.';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String name = declared.substring(start, i);
                if (!name.equals("extends") && !name.equals("super") && !name.isEmpty()) {
                    names.add(name);
                }
                start = -1;
            }
        }
        return names;
    }

    /** String, java.time.Instant: nearly every field's type, read without a list to split into. */
    private static boolean isOneName(String declared) {
        if (declared.isEmpty() || declared.equals("extends") || declared.equals("super")) {
            return false;
        }
        for (int i = 0; i < declared.length(); i++) {
            char c = declared.charAt(i);
            if (!Character.isJavaIdentifierPart(c) && c != '.') {
                return false;
            }
        }
        return true;
    }
}

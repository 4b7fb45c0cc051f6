package dev.lawful.policy;

import java.util.List;

/**
 * The words the flow analysis reads calls by, from the {@code flow:} section of rule files
 * (each file adds to the ones before it).
 *
 * @param sanitizers method names that end a flow: hashing, masking, tokenising helpers
 *     ({@code sha256Hex}, {@code mask*}); '*' is a wildcard, matched ignoring case
 * @param tests method names whose result tells something about a value without being it
 *     ({@code isEmpty}, {@code equals}, {@code length})
 * @param mutators methods that put their arguments into their receiver ({@code append},
 *     {@code add}, {@code put})
 * @param keys names of a person type's members that are its key or pseudonymous id
 *     ({@code id}, {@code *Id}); they flow at a lower severity; '*' is a wildcard
 * @param keyCategories categories that are keys rather than values ({@code user.unique_id})
 * @param severe categories (and their descendants) whose flow into a log is an error:
 *     credentials, national ids; special categories always are
 */
public record FlowVocabulary(List<String> sanitizers, List<String> tests, List<String> mutators,
        List<String> keys, List<String> keyCategories, List<String> severe) {

    public static final FlowVocabulary NONE =
            new FlowVocabulary(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public FlowVocabulary {
        sanitizers = List.copyOf(sanitizers);
        tests = List.copyOf(tests);
        mutators = List.copyOf(mutators);
        keys = List.copyOf(keys);
        keyCategories = List.copyOf(keyCategories);
        severe = List.copyOf(severe);
    }

    public FlowVocabulary plus(FlowVocabulary other) {
        return new FlowVocabulary(distinct(sanitizers, other.sanitizers), distinct(tests, other.tests),
                distinct(mutators, other.mutators), distinct(keys, other.keys),
                distinct(keyCategories, other.keyCategories), distinct(severe, other.severe));
    }

    /** Whether a member named {@code name} is a key of its type. */
    public boolean isKey(String name) {
        return keys.stream().anyMatch(glob -> glob.startsWith("*")
                ? name.endsWith(glob.substring(1)) && name.length() > glob.length() - 1
                : glob.equalsIgnoreCase(name));
    }

    public boolean isKeyCategory(String category) {
        return covers(keyCategories, category);
    }

    public boolean isSevere(String category) {
        return covers(severe, category);
    }

    private static boolean covers(List<String> ancestors, String category) {
        return category != null && ancestors.stream()
                .anyMatch(a -> category.equals(a) || category.startsWith(a + "."));
    }

    public boolean isSanitizer(String method) {
        return sanitizers.stream().anyMatch(glob -> matches(glob, method));
    }

    public boolean isTest(String method) {
        return tests.contains(method);
    }

    public boolean isMutator(String method) {
        return mutators.contains(method);
    }

    /** {@code glob} with '*' for any run of characters, ignoring case, without a regular expression per call. */
    private static boolean matches(String glob, String name) {
        int star = glob.indexOf('*');
        if (star < 0) {
            return glob.equalsIgnoreCase(name);
        }
        if (!name.regionMatches(true, 0, glob, 0, star)) {
            return false;
        }
        int at = star;
        int from = star + 1;
        while (from <= glob.length()) {
            int next = glob.indexOf('*', from);
            int end = next < 0 ? glob.length() : next;
            int length = end - from;
            if (next < 0) {
                return name.length() - length >= at && name.regionMatches(true, name.length() - length, glob, from, length);
            }
            int found = indexOfIgnoringCase(name, glob, from, length, at);
            if (found < 0) {
                return false;
            }
            at = found + length;
            from = next + 1;
        }
        return true;
    }

    private static int indexOfIgnoringCase(String name, String glob, int from, int length, int start) {
        for (int i = start; i + length <= name.length(); i++) {
            if (name.regionMatches(true, i, glob, from, length)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> distinct(List<String> first, List<String> second) {
        return List.copyOf(new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(first.stream(), second.stream()).toList()));
    }
}

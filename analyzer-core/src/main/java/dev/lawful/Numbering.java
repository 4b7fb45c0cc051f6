package dev.lawful;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct values in the order they were first given, each numbered by that order: the table of
 * one chunk of the result cache, into which the chunk's items write numbers instead of values
 * that recur ({@link FixLines}, {@link EvidenceRows}).
 */
final class Numbering<T> {
    private final Map<T, Integer> numbers = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int numberOf(T value) {
        return numbers.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    List<T> values() {
        return List.copyOf(values);
    }
}

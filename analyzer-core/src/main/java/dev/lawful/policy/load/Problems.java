package dev.lawful.policy.load;

import dev.lawful.Problem;
import dev.lawful.policy.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems found while loading rule files, reported together in file and position order. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(SourceRef where, String message) {
        found.add(new Problem(where, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** Files in the order they first had a problem; within a file by line and column. */
    List<Problem> sorted() {
        Map<String, Integer> fileOrder = new LinkedHashMap<>();
        found.forEach(p -> fileOrder.putIfAbsent(fileOf(p), fileOrder.size()));
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.<Problem>comparingInt(p -> fileOrder.get(fileOf(p)))
                .thenComparingInt(p -> p.where() == null ? 0 : p.where().line())
                .thenComparingInt(p -> p.where() == null ? 0 : p.where().column()));
        return sorted;
    }

    private static String fileOf(Problem problem) {
        return problem.where() == null ? "" : problem.where().file();
    }
}

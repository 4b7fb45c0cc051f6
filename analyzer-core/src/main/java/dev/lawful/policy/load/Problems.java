package dev.lawful.policy.load;

import dev.lawful.Problem;
import dev.lawful.policy.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found while loading rule files, reported together in file and position order.
 * The same problem at the same place is reported once, with how often it was met: aliases
 * ({@code *name}) make one YAML node appear many times, each time failing the same way.
 */
final class Problems {

    private final Map<Problem, Integer> found = new LinkedHashMap<>();

    void add(SourceRef where, String message) {
        found.merge(new Problem(where, message), 1, Integer::sum);
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
        found.keySet().forEach(p -> fileOrder.putIfAbsent(fileOf(p), fileOrder.size()));
        List<Problem> sorted = new ArrayList<>(found.size());
        found.forEach((problem, times) -> sorted.add(times == 1 ? problem
                : new Problem(problem.where(), problem.message() + repeated(problem, times))));
        sorted.sort(Comparator.<Problem>comparingInt(p -> fileOrder.get(fileOf(p)))
                .thenComparingInt(p -> p.where() == null ? 0 : p.where().line())
                .thenComparingInt(p -> p.where() == null ? 0 : p.where().column()));
        return sorted;
    }

    private static String repeated(Problem problem, int times) {
        boolean placed = problem.where() != null && problem.where().line() > 0;
        return " (" + times + " times" + (placed ? ", through aliases to this node)" : ")");
    }

    private static String fileOf(Problem problem) {
        return problem.where() == null ? "" : problem.where().file();
    }
}

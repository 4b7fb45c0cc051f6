package dev.lawful.check;

import dev.lawful.classify.Codebase;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings a developer has suppressed in code, as with other analyzers:
 * {@code @SuppressWarnings("lawful")} on a field or its class silences every rule there,
 * {@code @SuppressWarnings("lawful:retention-missing")} one rule. Findings about rule files
 * cannot be suppressed in code.
 */
public final class Suppressions {

    private static final String ALL = "lawful";
    private static final String PREFIX = "lawful:";

    private final Map<String, Set<String>> byElement = new HashMap<>();
    private final Map<String, Set<String>> byType = new HashMap<>();

    public Suppressions(Codebase codebase) {
        for (TypeInfo type : codebase.types()) {
            put(byType, type.qualifiedName(), type.annotations());
            for (CodeElement element : type.fields()) {
                put(byElement, element.id(), element.annotations());
            }
        }
    }

    public boolean isSuppressed(Finding finding) {
        if (finding.className() == null) {
            return false;
        }
        return suppresses(byType.get(finding.className()), finding.ruleId())
                || finding.member() != null
                        && suppresses(byElement.get(finding.className() + "#" + finding.member()), finding.ruleId());
    }

    public List<Finding> filter(List<Finding> findings) {
        return findings.stream().filter(f -> !isSuppressed(f)).toList();
    }

    private static boolean suppresses(Set<String> names, String ruleId) {
        return names != null && (names.contains(ALL) || names.contains(PREFIX + ruleId));
    }

    private static void put(Map<String, Set<String>> map, String key, List<AnnotationUse> annotations) {
        Set<String> names = annotations.stream()
                .filter(a -> a.name().equals("SuppressWarnings") || a.name().equals("java.lang.SuppressWarnings"))
                .flatMap(a -> a.values().values().stream())
                .flatMap(text -> Arrays.stream(text.replace("{", "").replace("}", "").split(",")))
                .map(s -> s.strip().replace("\"", ""))
                .filter(s -> s.equals(ALL) || s.startsWith(PREFIX))
                .collect(Collectors.toSet());
        if (!names.isEmpty()) {
            map.put(key, names);
        }
    }
}

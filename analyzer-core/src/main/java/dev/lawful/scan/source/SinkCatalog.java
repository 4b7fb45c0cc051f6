package dev.lawful.scan.source;

import dev.lawful.policy.Sink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sinks by the receiver types and constructors a call is matched on. */
final class SinkCatalog {

    private final Map<String, List<Sink>> byType = new HashMap<>();
    private final List<Map.Entry<String, Sink>> typeGlobs = new ArrayList<>();
    private final List<Map.Entry<String, Sink>> constructs = new ArrayList<>();
    private final Map<String, String> lombokLoggers = new HashMap<>();

    SinkCatalog(Collection<Sink> sinks) {
        for (Sink sink : sinks) {
            if (sink.kind() == null) {
                continue;
            }
            for (String type : sink.types()) {
                if (type.contains("*")) {
                    typeGlobs.add(Map.entry(type, sink));
                } else {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(sink);
                }
            }
            sink.constructs().forEach(type -> constructs.add(Map.entry(type, sink)));
            if (!sink.types().isEmpty()) {
                sink.lombok().forEach(annotation -> lombokLoggers.putIfAbsent(annotation, sink.types().get(0)));
            }
        }
    }

    boolean isEmpty() {
        return byType.isEmpty() && typeGlobs.isEmpty() && constructs.isEmpty();
    }

    /**
     * The sink a call is, given the names its receiver may have (a resolved type, the type as
     * written, a static receiver as written) and the method's name.
     */
    Optional<Sink> call(List<String> receiverNames, String method) {
        for (String name : receiverNames) {
            for (Sink sink : byType.getOrDefault(name, List.of())) {
                if (sink.hasMethod(method)) {
                    return Optional.of(sink);
                }
            }
        }
        for (String name : receiverNames) {
            String simple = simpleName(name);
            for (Map.Entry<String, Sink> glob : typeGlobs) {
                if (matches(glob.getKey(), simple) && glob.getValue().hasMethod(method)) {
                    return Optional.of(glob.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The sink whose constructor this is, by the type's resolved name or its simple name. */
    Optional<Sink> construct(String resolvedType) {
        String simple = simpleName(resolvedType);
        for (Map.Entry<String, Sink> entry : constructs) {
            String glob = entry.getKey();
            boolean qualified = glob.contains(".");
            if (qualified ? glob.equals(resolvedType) : matches(glob, simple)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** The logger type a Lombok annotation ({@code Slf4j}) gives its class as field {@code log}, or null. */
    String lombokLogger(String annotationSimpleName) {
        return lombokLoggers.get(annotationSimpleName);
    }

    static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static boolean matches(String glob, String simple) {
        if (glob.startsWith("*")) {
            return simple.endsWith(glob.substring(1)) && simple.length() > glob.length() - 1;
        }
        return glob.equals(simple);
    }
}

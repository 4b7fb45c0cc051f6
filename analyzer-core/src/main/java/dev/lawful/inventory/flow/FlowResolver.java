package dev.lawful.inventory.flow;

import dev.lawful.classify.Classification;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.Codebase;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Sink;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.FlowSource;
import dev.lawful.scan.FlowStep;
import dev.lawful.scan.Origin;
import dev.lawful.scan.Reach;
import dev.lawful.scan.SinkCall;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the sink calls the scan found into flows of personal data, now that the inventory
 * says which fields hold it: a field or getter read resolves through the scan's type index
 * to an inventory entry; a variable is personal by its declared type (a person type prints
 * its personal fields when its {@code toString} does) or by what the {@link Classifier}
 * reads in its name; a person type's key ({@code id}) flows as a key.
 */
public final class FlowResolver {

    /** Lombok annotations that generate a {@code toString} of every field. */
    private static final Set<String> LOMBOK_TO_STRING = Set.of("Data", "ToString", "Value");
    private static final int MAX_PATH = 4;

    private final Policy policy;
    private final Classifier classifier;
    private final Codebase codebase;
    private final Map<String, InventoryEntry> inventory = new HashMap<>();
    private final Map<String, Boolean> personTypes = new HashMap<>();
    private final Map<String, List<String>> toStringMembers = new HashMap<>();
    private final Function<String, Optional<Endpoint>> endpoints;
    private final Map<String, Optional<String>> variableCategories = new HashMap<>();

    /** The host a URL names and the service it belongs to (null when none). */
    public record Endpoint(String host, String serviceId) {
    }

    /**
     * @param endpoints the host (and its service) a URL or host constant names
     */
    public FlowResolver(Policy policy, Classifier classifier, Codebase codebase, List<InventoryEntry> inventory,
            List<SourceFileScan> sources, Function<String, Optional<Endpoint>> endpoints) {
        this.policy = policy;
        this.classifier = classifier;
        this.codebase = codebase;
        this.endpoints = endpoints;
        for (InventoryEntry entry : inventory) {
            this.inventory.put(entry.element().id(), entry);
            if (!entry.classification().link()) {
                personTypes.put(entry.element().className(), true);
            }
        }
        sources.forEach(source -> toStringMembers.putAll(source.toStringMembers()));
    }

    public List<Flow> resolve(List<SourceFileScan> sources) {
        List<Flow> flows = new ArrayList<>();
        for (SourceFileScan source : sources) {
            for (SinkCall call : source.sinkCalls()) {
                Sink sink = policy.sinks().get(call.sinkId());
                if (sink != null && sink.kind() != null) {
                    flows.addAll(resolve(call, sink));
                }
            }
        }
        flows.sort(Flow.ORDER);
        return List.copyOf(flows);
    }

    private List<Flow> resolve(SinkCall call, Sink sink) {
        String service = sink.service();
        String host = null;
        for (String target : call.hosts()) {
            Optional<Endpoint> endpoint = endpoints.apply(target);
            if (endpoint.isPresent()) {
                host = endpoint.get().host();
                service = endpoint.get().serviceId() != null ? endpoint.get().serviceId() : service;
                break;
            }
        }
        Map<String, Flow> byCategory = new LinkedHashMap<>();
        List<Reach> reaches = new ArrayList<>(call.reaches());
        reaches.sort(Comparator.comparing((Reach r) -> r.source().kind() == FlowSource.Kind.VARIABLE));
        for (Reach reach : reaches) {
            for (Datum datum : data(reach.source(), call.enclosingType())) {
                List<FlowStep> path = new ArrayList<>(datum.before());
                path.addAll(reach.steps());
                Flow flow = new Flow(sink, service, host, datum.category(), datum.key(), datum.source(), path,
                        call.enclosingType(), call.file(), call.line(), call.column());
                byCategory.putIfAbsent(datum.category() + (datum.key() ? "#key" : ""), flow);
            }
        }
        return List.copyOf(byCategory.values());
    }

    /** One piece of personal data a source stands for. */
    private record Datum(String category, boolean key, String source, List<FlowStep> before) {
    }

    private List<Datum> data(FlowSource source, String enclosingType) {
        return switch (source.kind()) {
            case FIELD, ACCESSOR -> member(source.type(), source.name(), enclosingType);
            case OBJECT -> wholeObject(type(source.type(), enclosingType));
            case VARIABLE -> variable(source, enclosingType);
        };
    }

    private List<Datum> member(String typeName, String path, String enclosingType) {
        Optional<TypeInfo> type = type(typeName, enclosingType);
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1 && type.isPresent(); i++) {
            Optional<CodeElement> field = field(type.get(), segments[i]);
            if (field.isEmpty()) {
                return List.of();
            }
            type = type(elementType(field.get().type()), type.get().qualifiedName());
        }
        if (type.isEmpty() || segments.length > MAX_PATH) {
            return List.of();
        }
        String name = segments[segments.length - 1];
        Optional<CodeElement> field = field(type.get(), name);
        InventoryEntry entry = field.map(f -> inventory.get(f.id())).orElse(null);
        if (entry != null && entry.classification().link()) {
            return wholeObject(type(elementType(entry.element().type()), type.get().qualifiedName()));
        }
        if (entry != null && entry.classification().primaryCategory() != null) {
            String category = entry.classification().primaryCategory();
            return List.of(new Datum(category, vocabulary().isKeyCategory(category), entry.element().id(), List.of()));
        }
        if (vocabulary().isKey(name) && isPersonType(type.get()) && keyCategory() != null) {
            return List.of(new Datum(keyCategory(), true, type.get().qualifiedName() + "#" + name, List.of()));
        }
        return List.of();
    }

    private List<Datum> variable(FlowSource source, String enclosingType) {
        Optional<TypeInfo> type = isBasic(source.type()) ? Optional.empty() : type(source.type(), enclosingType);
        if (type.isPresent()) {
            return wholeObject(type);
        }
        String key = enclosingType + "|" + source.type() + "|" + source.name();
        Optional<String> category = variableCategories.computeIfAbsent(key, k -> classifyVariable(source, enclosingType));
        return category.map(c -> List.of(new Datum(c, vocabulary().isKeyCategory(c), source.name(), List.of())))
                .orElse(List.of());
    }

    /**
     * A variable is read by its name and type alone: the class it is in is code (a service, a
     * controller), not a record about a person, so its context would only mislead.
     */
    private Optional<String> classifyVariable(FlowSource source, String enclosingType) {
        CodeElement element = new CodeElement(enclosingType, source.name(), CodeElement.Kind.FIELD,
                simpleName(source.type()), false, false, List.of(), null, "", 0, 0, Origin.SOURCE);
        Classification classification = classifier.classify(element, null, codebase);
        if (!classification.personal() || classification.link()) {
            return Optional.empty();
        }
        return Optional.ofNullable(classification.primaryCategory());
    }

    /** The personal fields an object's {@code toString} prints: a record's, Lombok's, or a hand-written one's. */
    private List<Datum> wholeObject(Optional<TypeInfo> type) {
        if (type.isEmpty()) {
            return List.of();
        }
        TypeInfo info = type.get();
        List<CodeElement> printed = printedFields(info);
        List<Datum> data = new ArrayList<>();
        FlowStep toString = new FlowStep(info.simpleName() + ".toString()", printed.isEmpty() ? null : printed.get(0).file(), 0, 0);
        for (CodeElement field : printed) {
            InventoryEntry entry = inventory.get(field.id());
            if (entry != null && !entry.classification().link() && entry.classification().primaryCategory() != null) {
                String category = entry.classification().primaryCategory();
                data.add(new Datum(category, vocabulary().isKeyCategory(category), field.id(),
                        List.of(new FlowStep(field.id(), field.file(), field.line(), field.column()), toString)));
            }
        }
        return data;
    }

    private List<CodeElement> printedFields(TypeInfo type) {
        if (type.kind() == TypeInfo.Kind.RECORD) {
            return type.fields().stream().filter(f -> f.kind() == CodeElement.Kind.RECORD_COMPONENT).toList();
        }
        List<String> handWritten = toStringMembers.get(type.qualifiedName());
        if (handWritten != null) {
            return type.fields().stream().filter(f -> handWritten.contains(f.member())).toList();
        }
        boolean lombok = type.annotations().stream().map(AnnotationUse::name).map(FlowResolver::simpleName)
                .anyMatch(LOMBOK_TO_STRING::contains);
        if (lombok) {
            return type.fields().stream()
                    .filter(f -> !f.isStatic())
                    .filter(f -> f.annotations().stream().noneMatch(a -> a.name().endsWith("Exclude")))
                    .toList();
        }
        return List.of();
    }

    private boolean isPersonType(TypeInfo type) {
        return personTypes.getOrDefault(type.qualifiedName(), false);
    }

    private Optional<TypeInfo> type(String name, String context) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeInfo> found = codebase.find(name);
        if (found.isEmpty() && !name.contains(".") && context != null && context.contains(".")) {
            found = codebase.find(context.substring(0, context.lastIndexOf('.')) + "." + name);
        }
        return found;
    }

    private Optional<CodeElement> field(TypeInfo type, String name) {
        return type.fields().stream().filter(f -> f.member().equals(name)).findFirst();
    }

    /** The type a member's values have: its element type for a collection or an optional, else itself. */
    private static String elementType(String written) {
        int open = written.indexOf('<');
        if (open >= 0 && written.endsWith(">")) {
            String arguments = written.substring(open + 1, written.length() - 1);
            String[] parts = arguments.split(",");
            return parts[parts.length - 1].strip();
        }
        return written.replace("[]", "");
    }

    private static boolean isBasic(String type) {
        return type == null || type.isEmpty() || type.startsWith("java.") || Character.isLowerCase(type.charAt(0))
                && !type.contains(".") || Set.of("String", "Object", "Integer", "Long", "CharSequence", "UUID")
                .contains(simpleName(type));
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private FlowVocabulary vocabulary() {
        return policy.flow();
    }

    private String keyCategory() {
        return vocabulary().keyCategories().isEmpty() ? null : vocabulary().keyCategories().get(0);
    }
}

package dev.lawful.recipient;

import dev.lawful.policy.Policy;
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.bytecode.BytecodeScan;
import dev.lawful.scan.bytecode.ClassFileEvidence;
import dev.lawful.scan.bytecode.ClasspathEntry;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the third-party services a build uses, from the detection signatures of a policy's
 * services and recipients:
 * <ul>
 *   <li>MAVEN: a dependency's coordinates (given by the build, or read from its
 *       {@code pom.properties});</li>
 *   <li>PACKAGE: a package of a dependency jar (one use per jar and service, the first
 *       matching package), an import in source, or a class the user's bytecode refers to;</li>
 *   <li>HOST: an endpoint host in a string literal in source, or in a {@code static final}
 *       String constant of the user's bytecode.</li>
 * </ul>
 * Bytecode evidence of a class that also has source is skipped: the source says the same,
 * with line numbers. Built once per policy (patterns compiled up front); thread-safe.
 */
public final class RecipientDetector {

    /** Report order: by service, kind of evidence, file, line, then evidence. */
    public static final Comparator<RecipientUse> ORDER = Comparator
            .comparing(RecipientUse::serviceId)
            .thenComparing(RecipientUse::how)
            .thenComparing(RecipientUse::file)
            .thenComparingInt(RecipientUse::line)
            .thenComparing(RecipientUse::evidence);

    private final SignatureIndex signatures;

    public RecipientDetector(Policy policy) {
        this.signatures = new SignatureIndex(policy);
    }

    /**
     * @return one use per service, kind, evidence and file (the first line), sorted by {@link #ORDER}
     */
    public List<RecipientUse> detect(List<SourceFileScan> sources, BytecodeScan bytecode) {
        Uses uses = new Uses();
        Set<String> typesWithSource = new HashSet<>();
        for (SourceFileScan source : sources) {
            detectInSource(source, uses);
            source.types().forEach(type -> typesWithSource.add(type.qualifiedName()));
        }
        for (ClasspathEntry entry : bytecode.entries()) {
            detectInEntry(entry, uses);
        }
        for (ClassFileEvidence classFile : bytecode.classFiles()) {
            if (!typesWithSource.contains(classFile.className())) {
                detectInClassFile(classFile, uses);
            }
        }
        return uses.sorted();
    }

    private void detectInSource(SourceFileScan source, Uses uses) {
        for (SourceFileScan.Import imported : source.imports()) {
            String name = importedName(imported.name());
            for (String serviceId : signatures.servicesForName(name)) {
                uses.add(serviceId, How.PACKAGE, name, source.path(), imported.line());
            }
        }
        for (SourceFileScan.Literal literal : source.stringLiterals()) {
            for (String host : HostNames.in(literal.value())) {
                for (String serviceId : signatures.servicesForHost(host)) {
                    uses.add(serviceId, How.HOST, host, source.path(), literal.line());
                }
            }
        }
    }

    private void detectInEntry(ClasspathEntry entry, Uses uses) {
        for (String coordinates : entry.coordinates()) {
            for (String serviceId : signatures.servicesForCoordinates(coordinates)) {
                uses.add(serviceId, How.MAVEN, coordinates, entry.file(), 0);
            }
        }
        Set<String> found = new HashSet<>();
        for (String packageName : entry.packages()) {
            for (String serviceId : signatures.servicesForName(packageName)) {
                if (found.add(serviceId)) {
                    uses.add(serviceId, How.PACKAGE, packageName, entry.file(), 0);
                }
            }
        }
    }

    private void detectInClassFile(ClassFileEvidence classFile, Uses uses) {
        for (String referenced : classFile.referencedClasses()) {
            for (String serviceId : signatures.servicesForName(referenced)) {
                uses.add(serviceId, How.PACKAGE, referenced, classFile.file(), 0);
            }
        }
        for (String constant : classFile.stringConstants()) {
            for (String host : HostNames.in(constant)) {
                for (String serviceId : signatures.servicesForHost(host)) {
                    uses.add(serviceId, How.HOST, host, classFile.file(), 0);
                }
            }
        }
    }

    /** {@code static com.x.Y.method} and {@code com.x.*} as the name they import from. */
    private static String importedName(String imported) {
        String name = imported.strip();
        if (name.startsWith("static ")) {
            name = name.substring("static ".length()).strip();
        }
        return name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
    }

    /** Uses collected so far, one per service, kind, evidence and file, keeping the first line. */
    private static final class Uses {

        private final Map<List<Object>, RecipientUse> byKey = new LinkedHashMap<>();

        void add(String serviceId, How how, String evidence, String file, int line) {
            RecipientUse use = new RecipientUse(serviceId, how, evidence, file, line);
            byKey.merge(List.of(serviceId, how, evidence, file), use, (a, b) -> a.line() <= b.line() ? a : b);
        }

        List<RecipientUse> sorted() {
            return byKey.values().stream().sorted(ORDER).toList();
        }
    }
}

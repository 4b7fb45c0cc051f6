package dev.lawful.scan.source;

import dev.lawful.policy.Sink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheap text test that decides which method bodies are parsed for flows. A body is kept
 * when it may call a sink with something other than literals: it calls ({@code .name(...)}) a
 * method of a sink whose type the file imports (or whose type needs no import, like an
 * exception's {@code printStackTrace}) with an argument that names anything (or with none,
 * since then the receiver is what is sent), uses
 * {@code System.out} or {@code err}, or constructs an exception with anything but literals. Every other body is
 * blanked as before, so a file without a sink costs what it did.
 */
final class SinkPrefilter {

    static final SinkPrefilter NONE = new SinkPrefilter(List.of(), List.of());

    /** For each importable name (a sink type, its outer class, its package + ".*", a Lombok annotation), the methods it opens. */
    private final Map<String, Set<String>> methodsByImport = new HashMap<>();
    private final Set<String> alwaysOpen = new HashSet<>();
    private final List<String> constructGlobs = new ArrayList<>();
    private final boolean streams;
    private final Set<String> mutators;

    /**
     * @param mutators the flow vocabulary's methods that put their arguments into their receiver,
     *     which tell the statements of a kept body that set a variable ({@link BodyStatements})
     */
    SinkPrefilter(Collection<Sink> sinks, Collection<String> mutators) {
        this.mutators = Set.copyOf(mutators);
        boolean anyStreams = false;
        for (Sink sink : sinks) {
            for (String type : sink.types()) {
                if (type.startsWith("System.")) {
                    anyStreams = true;
                } else if (!type.contains(".") || !Character.isLowerCase(type.charAt(0))) {
                    alwaysOpen.addAll(sink.methods());
                } else {
                    importable(type).forEach(name -> methodsByImport.computeIfAbsent(name, n -> new HashSet<>()).addAll(sink.methods()));
                }
            }
            for (String annotation : sink.lombok()) {
                for (String name : List.of("lombok.extern.slf4j." + annotation, "lombok.extern.log4j." + annotation,
                        "lombok.extern.java." + annotation, "lombok.extern.apachecommons." + annotation,
                        "lombok.extern.jbosslog." + annotation, "lombok.extern.slf4j.*", "lombok.extern.log4j.*",
                        "lombok.extern.java.*", "lombok.extern.apachecommons.*", "lombok.extern.jbosslog.*")) {
                    methodsByImport.computeIfAbsent(name, n -> new HashSet<>()).addAll(sink.methods());
                }
            }
            constructGlobs.addAll(sink.constructs().stream().map(SinkPrefilter::simpleName).toList());
        }
        this.streams = anyStreams;
    }

    Set<String> mutators() {
        return mutators;
    }

    boolean isEmpty() {
        return methodsByImport.isEmpty() && alwaysOpen.isEmpty() && constructGlobs.isEmpty() && !streams;
    }

    /** The type, each outer class of it, and its package's on-demand import. */
    private static List<String> importable(String type) {
        List<String> names = new ArrayList<>();
        names.add(type);
        String[] parts = type.split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            prefix.append(i == 0 ? "" : ".").append(parts[i]);
            if (Character.isUpperCase(parts[i].charAt(0))) {
                names.add(prefix.toString());
            } else if (Character.isUpperCase(parts[i + 1].charAt(0))) {
                names.add(prefix + ".*");
            }
        }
        return names;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The markers for one file: the methods its imports (as the blanker read them) open. */
    FileMarkers forImports(List<DeclaredImport> imports) {
        Set<String> open = new HashSet<>(alwaysOpen);
        for (DeclaredImport imported : imports) {
            Set<String> methods = methodsByImport.get(imported.toScanImport().name());
            if (methods != null) {
                open.addAll(methods);
            }
        }
        return new FileMarkers(open);
    }

    /**
     * Reads the identifiers and punctuation of one body at a time, and says whether it may call
     * a sink: a call {@code .method(...)} of a method a sink opens, or a construction of a sink
     * exception, whose arguments name something other than literals (literals never reach the
     * markers), or any use of {@code System.out}/{@code err}.
     */
    final class FileMarkers {

        private final Set<String> openMethods;
        /** Whether the statement being read may call a sink. */
        private boolean hit;
        /** Whether a statement of the body read so far may. */
        private boolean bodyHit;
        /** Where the dotted name being read starts, and whether all its parts so far are lowercase (a package). */
        private int qualifiedFrom;
        private boolean packageSoFar;
        private String previous = "";
        private boolean dotAfterPrevious;
        private int argsDepth = -1;
        private boolean awaitingArgs;
        private boolean argsWritten;
        private boolean methodArgs;
        private boolean awaitingMethodArgs;

        private FileMarkers(Set<String> openMethods) {
            this.openMethods = openMethods;
        }

        /** Opens the methods of the sinks whose types {@code declaration} names by their qualified names. */
        void openQualified(String declaration) {
            int at = 0;
            while (at < declaration.length()) {
                if (!Character.isJavaIdentifierStart(declaration.charAt(at))) {
                    at++;
                    continue;
                }
                int end = at;
                while (end < declaration.length() && (Character.isJavaIdentifierPart(declaration.charAt(end))
                        || declaration.charAt(end) == '.')) {
                    if (declaration.charAt(end) == '.') {
                        openMethods.addAll(methodsByImport.getOrDefault(declaration.substring(at, end), Set.of()));
                    }
                    end++;
                }
                openMethods.addAll(methodsByImport.getOrDefault(declaration.substring(at, end), Set.of()));
                at = end;
            }
        }

        /**
         * Follows a name written with its package ({@code java.util.logging.Logger.getLogger(…)}):
         * at its first capitalised part after lowercase ones, a sink's type so named opens its
         * methods for the rest of the file, as its import would.
         */
        private void readQualifiedName(String source, int start, int end) {
            if (!dotAfterPrevious) {
                qualifiedFrom = start;
                packageSoFar = Character.isLowerCase(source.charAt(start));
            } else if (packageSoFar && Character.isUpperCase(source.charAt(start))) {
                packageSoFar = false;
                Set<String> methods = methodsByImport.get(source.substring(qualifiedFrom, end));
                if (methods != null) {
                    openMethods.addAll(methods);
                }
            }
        }

        void startBody() {
            endStatement();
            bodyHit = false;
        }

        /** A string or character literal: content, but nothing that can carry personal data. */
        void literal() {
            if (argsDepth > 0) {
                argsWritten = true;
            }
        }

        void identifier(String source, int start, int end) {
            if (hit) {
                return;
            }
            readQualifiedName(source, start, end);
            if (argsDepth > 0) {
                hit = true;
                return;
            }
            String word = source.substring(start, end);
            if (streams && dotAfterPrevious && previous.equals("System") && (word.equals("out") || word.equals("err"))) {
                hit = true;
                return;
            }
            awaitingMethodArgs = dotAfterPrevious && openMethods.contains(word);
            awaitingArgs = awaitingMethodArgs || previous.equals("new") && constructs(word);
            previous = word;
            dotAfterPrevious = false;
        }

        void punctuation(char c) {
            if (c == '.') {
                dotAfterPrevious = true;
                return;
            }
            if (c == '(') {
                if (awaitingArgs) {
                    argsDepth = 1;
                    argsWritten = false;
                    methodArgs = awaitingMethodArgs;
                    awaitingArgs = false;
                } else if (argsDepth > 0) {
                    argsDepth++;
                }
            } else if (c == ')' && argsDepth > 0) {
                argsDepth--;
                // No arguments at all: the receiver is what is sent (e.printStackTrace(), a fluent log call).
                hit |= argsDepth == 0 && !argsWritten && methodArgs;
            } else if (argsDepth > 0 && !Character.isWhitespace(c)) {
                argsWritten = true;
            } else if (!Character.isWhitespace(c) && c != '<' && c != '>') {
                awaitingArgs = false;
            }
            if (!Character.isWhitespace(c)) {
                dotAfterPrevious = false;
            }
        }

        boolean bodyHit() {
            return bodyHit || hit;
        }

        /** At the end of a statement: whether it may call a sink; the next one is read afresh. */
        boolean endStatement() {
            boolean statementHit = hit;
            bodyHit |= hit;
            hit = false;
            previous = "";
            dotAfterPrevious = false;
            argsDepth = -1;
            awaitingArgs = false;
            argsWritten = false;
            return statementHit;
        }

        /** Whether there are sinks at all; without them no body is kept. */
        boolean active() {
            return !isEmpty();
        }

        private boolean constructs(String word) {
            for (String glob : constructGlobs) {
                if (glob.startsWith("*") ? word.endsWith(glob.substring(1)) : word.equals(glob)) {
                    return true;
                }
            }
            return false;
        }
    }
}

package dev.lawful.scan.source;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Resolves type names as written in one file to qualified names, from the file's own
 * single-type imports, its package and the types it declares. No symbol solver: a name
 * the file does not tell stays as written.
 */
final class TypeScope {

    private static final Set<String> BASIC = Set.of("String", "CharSequence", "Object", "Integer", "Long", "Short",
            "Byte", "Double", "Float", "Boolean", "Character", "StringBuilder", "StringBuffer", "BigDecimal",
            "BigInteger", "UUID", "LocalDate", "LocalDateTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Date",
            "List", "Set", "Map", "Collection", "Optional", "Iterable", "Stream", "Exception", "Throwable",
            "int", "long", "short", "byte", "double", "float", "boolean", "char", "void", "var");

    private final String packageName;
    private final Map<String, String> simpleToQualified = new HashMap<>();

    TypeScope(ParsedUnit parsed) {
        this.packageName = parsed.packageName();
        for (DeclaredImport declaration : parsed.imports()) {
            if (!declaration.onDemand() && !declaration.isStatic()) {
                String name = declaration.name();
                simpleToQualified.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        for (TypeDeclaration<?> type : parsed.types()) {
            type.getFullyQualifiedName().ifPresent(qualified -> simpleToQualified.putIfAbsent(type.getNameAsString(), qualified));
        }
    }

    String packageName() {
        return packageName;
    }

    /** The qualified name of a type as written ({@code List<Customer>} gives {@code java.util.List}'s element as is). */
    String resolve(String written) {
        String name = erase(written);
        if (name.isEmpty()) {
            return name;
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return simpleToQualified.getOrDefault(name, name);
        }
        String first = name.substring(0, dot);
        if (Character.isLowerCase(first.charAt(0))) {
            return name;
        }
        String outer = simpleToQualified.get(first);
        return outer == null ? name : outer + name.substring(dot);
    }

    /** Whether a type as written is a JDK value or collection type, never a person type itself. */
    static boolean isBasic(String written) {
        String name = erase(written);
        return name.isEmpty() || BASIC.contains(name) || name.startsWith("java.");
    }

    /** Without type arguments, array brackets, annotations and varargs dots. */
    static String erase(String written) {
        if (written == null) {
            return "";
        }
        String name = written;
        int generic = name.indexOf('<');
        if (generic >= 0) {
            name = name.substring(0, generic);
        }
        name = name.replace("[]", "").replace("...", "").strip();
        int space = name.lastIndexOf(' ');
        return space >= 0 ? name.substring(space + 1) : name;
    }
}

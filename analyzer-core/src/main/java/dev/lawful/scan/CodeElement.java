package dev.lawful.scan;

import java.util.List;

/**
 * A member that may hold data: a field or a record component.
 *
 * @param className the enclosing type's qualified name
 * @param member the field or component name
 * @param type the declared type as written ({@code List<Customer>}) or, from bytecode, its
 *     generic signature in source form
 * @param file for source, the path relative to the scanned root with '/'; for bytecode,
 *     the class file or {@code jar!/entry}
 * @param line 1-based; 0 when unknown (bytecode)
 */
public record CodeElement(
        String className,
        String member,
        Kind kind,
        String type,
        boolean isStatic,
        boolean isFinal,
        List<AnnotationUse> annotations,
        String javadoc,
        String file,
        int line,
        int column,
        Origin origin) {

    public CodeElement {
        annotations = List.copyOf(annotations);
    }

    public enum Kind { FIELD, RECORD_COMPONENT }

    public boolean isConstant() {
        return isStatic && isFinal;
    }

    public String id() {
        return className + "#" + member;
    }
}

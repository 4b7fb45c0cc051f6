package dev.lawful.scan;

import java.util.List;

/**
 * A class, interface, enum or record and what the classifier needs to know of it as
 * context for its fields.
 *
 * @param qualifiedName binary-style name with dots for nesting ({@code com.shop.Order.Line})
 * @param superclass the simple or qualified name as written, or null
 * @param interfaces names as written
 * @param fields the type's fields and record components, in declaration order
 */
public record TypeInfo(
        String qualifiedName,
        String simpleName,
        Kind kind,
        String superclass,
        List<String> interfaces,
        List<AnnotationUse> annotations,
        String javadoc,
        List<CodeElement> fields) {

    public TypeInfo {
        interfaces = List.copyOf(interfaces);
        annotations = List.copyOf(annotations);
        fields = List.copyOf(fields);
    }

    public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    public String packageName() {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, qualifiedName.length() - simpleName.length() - 1);
    }
}

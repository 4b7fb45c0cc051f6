package dev.lawful.scan.bytecode;

import java.util.List;

/**
 * What one of the user's class files shows about the services it talks to: the classes it
 * references from outside the scanned code (the bytecode counterpart of imports) and the
 * values of its {@code static final String} constants (which may hold endpoint URLs).
 *
 * @param file the class file, as in {@link dev.lawful.scan.CodeElement#file()}
 * @param className qualified name with dots for nesting
 * @param referencedClasses classes outside the scan that the class file refers to, sorted
 * @param stringConstants values of its {@code static final String} fields, in declaration order
 */
public record ClassFileEvidence(
        String file,
        String className,
        List<String> referencedClasses,
        List<String> stringConstants) {

    public ClassFileEvidence {
        referencedClasses = List.copyOf(referencedClasses);
        stringConstants = List.copyOf(stringConstants);
    }
}

package dev.lawful.scan.bytecode;

import io.github.classgraph.ArrayTypeSignature;
import io.github.classgraph.BaseTypeSignature;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.TypeArgument;
import io.github.classgraph.TypeSignature;
import io.github.classgraph.TypeVariableSignature;
import java.util.List;

/**
 * Writes a bytecode type signature the way source code would name the type:
 * {@code java.util.List<com.shop.Order.Line>}, {@code int[]}, {@code ? extends Number}.
 * Type annotations are left out (they are reported as the member's annotations) and nested
 * classes are joined with '.', as in {@link dev.lawful.scan.TypeInfo#qualifiedName()}.
 */
final class SourceFormTypes {

    private SourceFormTypes() {
    }

    static String of(TypeSignature signature) {
        StringBuilder out = new StringBuilder();
        append(signature, out);
        return out.toString();
    }

    /** A binary class name ({@code com.shop.Order$Line}) in source form. */
    static String className(String binaryName) {
        return binaryName.replace('$', '.');
    }

    private static void append(TypeSignature signature, StringBuilder out) {
        if (signature instanceof BaseTypeSignature base) {
            out.append(base.getTypeStr());
        } else if (signature instanceof ArrayTypeSignature array) {
            append(array.getElementTypeSignature(), out);
            out.append("[]".repeat(array.getNumDimensions()));
        } else if (signature instanceof TypeVariableSignature variable) {
            out.append(variable.getName());
        } else if (signature instanceof ClassRefTypeSignature classRef) {
            appendClassRef(classRef, out);
        } else {
            out.append(signature);
        }
    }

    private static void appendClassRef(ClassRefTypeSignature classRef, StringBuilder out) {
        out.append(className(classRef.getBaseClassName()));
        appendArguments(classRef.getTypeArguments(), out);
        List<String> suffixes = classRef.getSuffixes();
        for (int i = 0; i < suffixes.size(); i++) {
            out.append('.').append(suffixes.get(i));
            appendArguments(classRef.getSuffixTypeArguments().get(i), out);
        }
    }

    private static void appendArguments(List<TypeArgument> arguments, StringBuilder out) {
        if (arguments.isEmpty()) {
            return;
        }
        out.append('<');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendArgument(arguments.get(i), out);
        }
        out.append('>');
    }

    private static void appendArgument(TypeArgument argument, StringBuilder out) {
        switch (argument.getWildcard()) {
            case ANY -> out.append('?');
            case EXTENDS -> append(argument.getTypeSignature(), out.append("? extends "));
            case SUPER -> append(argument.getTypeSignature(), out.append("? super "));
            default -> append(argument.getTypeSignature(), out);
        }
    }
}

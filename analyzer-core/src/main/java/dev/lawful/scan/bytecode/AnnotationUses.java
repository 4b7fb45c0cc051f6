package dev.lawful.scan.bytecode;

import dev.lawful.scan.AnnotationUse;
import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.AnnotationParameterValue;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns annotations read from bytecode into {@link AnnotationUse}s that look like the ones
 * the source scanner writes: simple names, and values as source text without quotes
 * ({@code e_mail}, {@code EnumType.STRING}, {@code String.class}; an array as its elements
 * joined by ',', like {@code a,b}). Only the values present in the class file are kept, not
 * the annotation's defaults, as in source.
 */
final class AnnotationUses {

    private AnnotationUses() {
    }

    static List<AnnotationUse> of(AnnotationInfoList annotations) {
        List<AnnotationUse> uses = new ArrayList<>(annotations.size());
        for (AnnotationInfo annotation : annotations) {
            uses.add(of(annotation));
        }
        return uses;
    }

    static AnnotationUse of(AnnotationInfo annotation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (AnnotationParameterValue value : annotation.getParameterValues(false)) {
            values.put(value.getName(), text(value.getValue()));
        }
        return new AnnotationUse(simpleName(annotation.getName()), values);
    }

    static String simpleName(String binaryName) {
        int cut = Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$'));
        return binaryName.substring(cut + 1);
    }

    private static String text(Object value) {
        if (value instanceof AnnotationEnumValue constant) {
            return simpleName(constant.getClassName()) + "." + constant.getValueName();
        }
        if (value instanceof AnnotationClassRef classRef) {
            return simpleName(classRef.getName()) + ".class";
        }
        if (value instanceof AnnotationInfo nested) {
            return nestedText(of(nested));
        }
        if (value != null && value.getClass().isArray()) {
            return arrayText(value);
        }
        return String.valueOf(value);
    }

    private static String arrayText(Object array) {
        int length = Array.getLength(array);
        StringJoiner joined = new StringJoiner(",");
        for (int i = 0; i < length; i++) {
            joined.add(text(Array.get(array, i)));
        }
        return joined.toString();
    }

    private static String nestedText(AnnotationUse nested) {
        if (nested.values().isEmpty()) {
            return "@" + nested.name();
        }
        StringJoiner joined = new StringJoiner(", ", "@" + nested.name() + "(", ")");
        nested.values().forEach((key, text) -> joined.add(key + " = " + text));
        return joined.toString();
    }
}

package dev.lawful.scan.bytecode;

import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the types found in source with those found in bytecode so that each appears once.
 * A type with source is taken from source whole, with its line numbers and Javadoc: Java has
 * no partial classes, so its compiled form can add only what tools wrote into it (Lombok's
 * logger, bytecode enhancement), which is not the user's model. Types without source
 * (shared model jars, generated code) come from bytecode.
 */
public final class SourceFirst {

    private SourceFirst() {
    }

    /**
     * @return the source types in their order, then the bytecode types that have no source,
     *     in theirs
     */
    public static List<TypeInfo> merge(List<TypeInfo> sourceTypes, List<TypeInfo> bytecodeTypes) {
        Set<String> inSource = new HashSet<>();
        List<TypeInfo> merged = new ArrayList<>(sourceTypes.size() + bytecodeTypes.size());
        for (TypeInfo type : sourceTypes) {
            if (inSource.add(type.qualifiedName())) {
                merged.add(type);
            }
        }
        for (TypeInfo type : bytecodeTypes) {
            if (!inSource.contains(type.qualifiedName())) {
                merged.add(type);
            }
        }
        return merged;
    }
}

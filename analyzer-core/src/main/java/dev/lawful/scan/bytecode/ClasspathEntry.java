package dev.lawful.scan.bytecode;

import java.util.List;

/**
 * One folder of classes or jar on the scanned classpath, reduced to what recipient
 * detection needs: who made it and which packages it holds.
 *
 * @param file the location as reports show it: relative to the base directory with '/',
 *     or the jar's file name when the jar lies outside it (a local Maven repository)
 * @param dependency true for a dependency, false for the user's own classes
 * @param coordinates {@code groupId:artifactId}: the one the build gave, else those of
 *     the jar's {@code META-INF/maven/**}{@code /pom.properties}; sorted, may be empty
 * @param packages the packages of its class files, sorted and distinct
 */
public record ClasspathEntry(String file, boolean dependency, List<String> coordinates, List<String> packages) {

    public ClasspathEntry {
        coordinates = List.copyOf(coordinates);
        packages = List.copyOf(packages);
    }
}

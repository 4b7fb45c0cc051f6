package dev.lawful.policy.load;

import java.nio.file.Path;

/**
 * Where a rule file comes from: a bundled rule set or a file.
 *
 * @param display how messages and {@code SourceRef}s name it: {@code builtin:gdpr}, or the path as given
 * @param identity what makes two references the same file (the normalised absolute path)
 * @param path the file, or null for a bundled rule set
 * @param resource the class-path resource of a bundled rule set, or null for a file
 */
record RuleSource(String display, String identity, Path path, String resource) {

    boolean isBuiltin() {
        return resource != null;
    }
}

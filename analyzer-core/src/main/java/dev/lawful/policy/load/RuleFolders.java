package dev.lawful.policy.load;

import java.nio.file.Path;
import java.util.List;

/**
 * The folders outside the base folder from which rule files may be read, and how the user
 * allows one more. The base folder is always allowed and bundled rule sets always are; any
 * other file, named directly or reached through {@code extends}, {@code ../} or a symbolic
 * link, is refused, so that a scanned project cannot make Lawful read (and quote) a file of
 * the machine it runs on.
 *
 * @param allowed further folders, as the user gave them
 * @param allowHint how to allow a folder, with {@code %s} where the folder goes: the CLI
 *     option or the plugin parameter
 */
public record RuleFolders(List<Path> allowed, String allowHint) {

    /** Only the base folder; the hint does not name a front end. */
    public static final RuleFolders BASE_ONLY = new RuleFolders(List.of(), "allow the folder %s");

    public RuleFolders {
        allowed = List.copyOf(allowed);
    }
}

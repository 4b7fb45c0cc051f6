package dev.lawful.scan.source;

import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import java.util.List;

/**
 * What a source scan found.
 *
 * @param files every file that parsed, sorted by path
 * @param problems files that could not be read or parsed, or were read only in part, sorted by
 *     path, then line
 * @param filesFound the {@code .java} files found, parsed or not
 */
public record SourceScanResult(List<SourceFileScan> files, List<ParseProblem> problems, int filesFound) {

    public SourceScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}

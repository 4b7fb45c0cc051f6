package dev.lawful.scan.source;

import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import java.util.List;

/**
 * What a source scan found.
 *
 * @param files every file that parsed, sorted by path
 * @param problems files that could not be read or parsed, sorted by path, then line
 */
public record SourceScanResult(List<SourceFileScan> files, List<ParseProblem> problems) {

    public SourceScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}

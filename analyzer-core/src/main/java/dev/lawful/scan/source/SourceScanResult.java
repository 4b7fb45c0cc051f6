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
 * @param flowFiles how many files the sink pre-filter sent to the flow analysis (some of
 *     their bodies parsed)
 * @param sinkBodies how many method bodies the pre-filter kept because they may call a sink
 */
public record SourceScanResult(List<SourceFileScan> files, List<ParseProblem> problems, int filesFound, int flowFiles,
        int sinkBodies) {

    public SourceScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}

package dev.lawful.check;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a run's findings compare with a baseline of accepted ones: which are baselined (they
 * do not fail the build) and which baseline entries no longer occur (they can be removed).
 *
 * @param file the baseline file as the user named it, or null when no baseline is used
 * @param accepted fingerprints of this run's findings that the baseline holds
 * @param removable baseline entries that match no finding of this run, in baseline order
 */
public record BaselineStatus(String file, Set<String> accepted, List<BaselineEntry> removable) {

    /** No baseline: every finding is new. */
    public static final BaselineStatus NONE = new BaselineStatus(null, Set.of(), List.of());

    public BaselineStatus {
        accepted = Set.copyOf(accepted);
        removable = removable.stream().sorted(BaselineEntry.ORDER).toList();
    }

    /** Compares {@code findings} with the baseline {@code entries} read from {@code file}. */
    public static BaselineStatus compare(String file, Collection<BaselineEntry> entries, List<Finding> findings) {
        Set<String> current = findings.stream().map(Fingerprint::of).collect(Collectors.toSet());
        Set<String> baselined = entries.stream().map(BaselineEntry::fingerprint).collect(Collectors.toSet());
        return new BaselineStatus(file,
                current.stream().filter(baselined::contains).collect(Collectors.toSet()),
                entries.stream().filter(e -> !current.contains(e.fingerprint())).toList());
    }

    public boolean used() {
        return file != null;
    }

    /** Whether the baseline accepts this finding. */
    public boolean covers(Finding finding) {
        return !accepted.isEmpty() && accepted.contains(Fingerprint.of(finding));
    }
}

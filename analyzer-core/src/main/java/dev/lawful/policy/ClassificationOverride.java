package dev.lawful.policy;

import java.util.List;

/**
 * A compliance lead's decision that overrides the classifier for some fields.
 *
 * @param classes class-name globs, as in {@link Declaration#classes()}
 * @param fields field names; empty means every field of the classes
 * @param personal false to force the fields out of the inventory, true to force them in
 * @param category the category to use when forcing in, or null
 * @param reason why; required, and shown in reports
 */
public record ClassificationOverride(
        List<String> classes,
        List<String> fields,
        boolean personal,
        String category,
        String reason,
        SourceRef ref) {

    public ClassificationOverride {
        classes = List.copyOf(classes);
        fields = List.copyOf(fields);
    }
}

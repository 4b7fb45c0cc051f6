package dev.lawful.bind;

import dev.lawful.policy.SourceRef;
import java.util.List;

/**
 * What the policy or the code says about one inventory entry: the declaration (YAML or
 * {@code @PersonalData}) that covers it, resolved to ids. Fields may be null or empty
 * where the declaration is silent.
 *
 * @param declarationId the YAML declaration's id, or null for an annotation
 * @param ref where the declaration is written (rule file or Java file)
 */
public record BoundDeclaration(
        Source source,
        String declarationId,
        List<String> categories,
        List<String> purposes,
        String legalBasis,
        String retention,
        SourceRef ref) {

    public BoundDeclaration {
        categories = List.copyOf(categories);
        purposes = List.copyOf(purposes);
    }

    public enum Source { YAML, ANNOTATION }

    /** How messages name it: "declaration customer (lawful.yaml:12)" or "@PersonalData". */
    public String describe() {
        if (source == Source.ANNOTATION) {
            return "@PersonalData";
        }
        return "declaration " + (declarationId == null ? "" : declarationId + " ") + "(" + ref + ")";
    }
}

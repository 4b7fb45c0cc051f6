package dev.lawful.classify.eval;

/**
 * What a labelled corpus says about one field: {@code // lawful: personal CATEGORY},
 * {@code // lawful: not-personal} or {@code // lawful: link}.
 *
 * @param category the expected category for {@link Kind#PERSONAL}, else null
 */
public record Label(Kind kind, String category) {

    public enum Kind { PERSONAL, NOT_PERSONAL, LINK }

    /** Whether the field holds or links to personal data. */
    public boolean positive() {
        return kind != Kind.NOT_PERSONAL;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PERSONAL -> "personal " + category;
            case NOT_PERSONAL -> "not-personal";
            case LINK -> "link";
        };
    }
}

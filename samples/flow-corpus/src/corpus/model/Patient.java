package corpus.model;

/** A record prints every component in its toString. */
public record Patient(Long id, String fullName, String email) {
}

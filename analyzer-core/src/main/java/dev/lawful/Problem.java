package dev.lawful;

import dev.lawful.policy.SourceRef;

/**
 * Something the user got wrong, with where: a rule file's line and column, a missing
 * path, a bad parameter. Turned into a message at the edge (CLI, mojo), never a stack trace.
 *
 * @param where the place, or null when the problem is not about a file
 */
public record Problem(SourceRef where, String message) {

    @Override
    public String toString() {
        return where == null ? message : where + ": " + message;
    }
}

package dev.lawful.policy.load;

import dev.lawful.policy.SourceRef;

/** A text value of a rule file and where it was written. */
record Scalar(String value, SourceRef ref) {
}

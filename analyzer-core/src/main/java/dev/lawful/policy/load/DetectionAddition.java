package dev.lawful.policy.load;

import dev.lawful.policy.Detection;
import dev.lawful.policy.SourceRef;

/**
 * Patterns a rule file adds to a category defined in another file (its {@code detection:}
 * section), so that a compliance lead extends detection without copying the category.
 */
record DetectionAddition(String category, Detection detection, SourceRef ref) {
}

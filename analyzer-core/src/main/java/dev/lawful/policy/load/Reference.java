package dev.lawful.policy.load;

import dev.lawful.policy.SourceRef;

/**
 * A use of an id somewhere in a rule file, checked once the whole chain is composed.
 *
 * @param owner the entry that holds the reference ("purposes/marketing", "disclosedCategories");
 *     the reference is checked only when that entry survives composition; null when the
 *     entry is never replaced (declarations, classification overrides)
 */
record Reference(IdKind kind, String id, SourceRef ref, String owner) {
}

package dev.lawful.policy.load;

import dev.lawful.policy.NameSuggester;

import dev.lawful.policy.Policy;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks, once the chain is composed, that every id a rule file uses is defined somewhere in it. */
final class ReferenceValidator {

    private final Map<IdKind, Collection<String>> known = new EnumMap<>(IdKind.class);
    private final Set<String> categoryAncestors = new LinkedHashSet<>();

    ReferenceValidator(Policy policy) {
        known.put(IdKind.LEGAL_BASIS, policy.legalBases().keySet());
        known.put(IdKind.TRANSFER_MECHANISM, policy.transferMechanisms().keySet());
        known.put(IdKind.PURPOSE, policy.purposes().keySet());
        known.put(IdKind.CATEGORY, policy.categories().keySet());
        known.put(IdKind.RETENTION, policy.retention().keySet());
        known.put(IdKind.SERVICE, policy.services().keySet());
        known.put(IdKind.RECIPIENT, policy.recipients().keySet());
        known.put(IdKind.SUBJECT, policy.subjects().keySet());
        for (String category : policy.categories().keySet()) {
            for (int dot = category.indexOf('.'); dot > 0; dot = category.indexOf('.', dot + 1)) {
                categoryAncestors.add(category.substring(0, dot));
            }
        }
    }

    void check(List<RuleFile> chain, PolicyComposer composer, Problems problems) {
        for (RuleFile file : chain) {
            for (Reference reference : file.references) {
                if (composer.isLive(reference) && !isKnown(reference)) {
                    problems.add(reference.ref(), message(reference));
                }
            }
        }
    }

    private boolean isKnown(Reference reference) {
        Collection<String> ids = known.getOrDefault(reference.kind(), List.of());
        return ids.contains(reference.id())
                || reference.kind() == IdKind.CATEGORY && categoryAncestors.contains(reference.id());
    }

    private String message(Reference reference) {
        Collection<String> ids = known.getOrDefault(reference.kind(), List.of());
        String label = reference.kind().label();
        String message = "unknown " + label + " '" + ParseContext.abbreviate(reference.id()) + "'"
                + NameSuggester.hint(reference.id(), ids);
        if (ids.isEmpty()) {
            return message + "; no " + label + " is defined in this file or the files it extends (add it under '"
                    + reference.kind().section() + "')";
        }
        return message;
    }
}

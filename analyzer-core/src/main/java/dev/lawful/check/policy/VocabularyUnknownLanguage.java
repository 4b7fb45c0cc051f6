package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.classify.token.LanguagePack;
import dev.lawful.policy.Policy;
import dev.lawful.policy.VocabularyAddition;
import java.util.List;

@CheckInfo(id = "policy-vocabulary-unknown-language", severity = Severity.WARNING,
        summary = "A vocabulary entry names a language Lawful has no language pack for",
        docs = """
                A rule file's `vocabulary:` entry says which language its words are of. Lawful reads \
                the words whatever the language, but a language without a pack (a typo such as `se` \
                for Swedish, or a language not bundled yet) has no plural endings, key words or letter \
                foldings, so inflected forms of the words (kunder for kund) may be missed.

                **Fix:** use the id of a bundled pack (en, sv, fi, no, da, de, pl), or add a pack \
                (docs/classification.md, Languages).""")
public final class VocabularyUnknownLanguage extends PolicyRule {

    @Override
    boolean appliesTo(Policy policy) {
        return true;
    }

    @Override
    void check(Policy policy, Reporter reporter) {
        List<String> known = LanguagePack.builtin().packs().stream().map(LanguagePack::language).toList();
        for (VocabularyAddition addition : policy.vocabulary()) {
            if (addition.language() != null && !known.contains(addition.language())) {
                reporter.report(addition.ref(), null, "The vocabulary entry's language '" + addition.language()
                        + "' has no language pack (known: " + String.join(", ", known) + ")",
                        "Name a bundled language pack.", """
                        vocabulary:
                          - language: sv
                            person: [vardtagare]
                        """);
            }
        }
    }
}

package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import dev.lawful.classify.token.PatternIndex.Match;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@SignalInfo(id = "documentation", summary = "The field's documentation (Javadoc, @Schema, @ApiModelProperty, @Comment) names a category with a strong pattern")
final class DocumentationSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        List<Fact> facts = new ArrayList<>();
        for (Documentation.Text text : Documentation.of(field.element())) {
            List<String> tokens = field.taxonomy().tokenizer().tokens(text.text());
            List<Match<CompiledTaxonomy.CategoryPattern>> matches = field.taxonomy().categoryMatches(tokens);
            Set<String> excluded = new HashSet<>();
            for (var match : matches) {
                if (match.value().strength() == Strength.EXCLUDE) {
                    excluded.add(match.value().category());
                }
            }
            for (var match : matches) {
                String category = match.value().category();
                if (match.value().strength() == Strength.STRONG && !excluded.contains(category)
                        && field.taxonomy().isPersonal(category)) {
                    facts.add(Fact.category(id(), category, match.length(), text.source() + " says \"" + match.pattern()
                            + "\" (" + category + ")"));
                }
            }
        }
        return facts.stream().limit(3).toList();
    }
}

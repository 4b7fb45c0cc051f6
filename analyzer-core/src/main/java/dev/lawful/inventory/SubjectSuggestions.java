package dev.lawful.inventory;

import dev.lawful.classify.token.PatternIndex;
import dev.lawful.classify.token.Tokenizer;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data subjects that the code suggests: a class holding personal data whose simple name
 * has a subject's type word ({@code Patient}, {@code PotilasTieto}) suggests those people.
 */
public final class SubjectSuggestions {

    private final PatternIndex<DataSubject> index = new PatternIndex<>();
    private final Tokenizer tokenizer;

    public SubjectSuggestions(Policy policy) {
        Set<String> words = new HashSet<>();
        for (DataSubject subject : policy.subjects().values()) {
            for (String pattern : subject.typeWords()) {
                index.add(pattern, subject);
                for (String word : pattern.split(" ")) {
                    words.add(word.replace("*", ""));
                }
            }
        }
        words.remove("");
        tokenizer = new Tokenizer(words, words);
    }

    /** One subject the code suggests, with the classes that suggest it, sorted. */
    public record Suggestion(DataSubject subject, List<String> classes) {

        public Suggestion {
            classes = List.copyOf(classes);
        }
    }

    /** The subjects suggested by the classes of {@code entries} that hold personal data, sorted by subject id. */
    public List<Suggestion> suggest(Collection<InventoryEntry> entries) {
        Map<DataSubject, Set<String>> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (InventoryEntry entry : entries) {
            String className = entry.element().className();
            if (entry.classification().personal() && seen.add(className)) {
                for (PatternIndex.Match<DataSubject> match : index.find(tokenizer.tokens(simpleName(className)))) {
                    found.computeIfAbsent(match.value(), s -> new TreeSet<>()).add(className);
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        found.forEach((subject, classes) -> suggestions.add(new Suggestion(subject, List.copyOf(classes))));
        suggestions.sort(java.util.Comparator.comparing(s -> s.subject().id()));
        return List.copyOf(suggestions);
    }

    private static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }
}

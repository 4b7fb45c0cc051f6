package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.Classification;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Explanation;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A rule file's {@code vocabulary:} words reach both classifiers: a Swedish person word makes a
 * care recipient's name be found, a Swedish category word a home phone number written as the provider abbreviates it, which the
 * bundled vocabulary alone does not find (src/test/resources/vocabulary).
 */
class RuleFileVocabularyTest {

    private static final Path DIR = Path.of("src/test/resources/vocabulary");
    private static final List<TypeInfo> TYPES = new SourceScanner(0).scan(DIR, List.of(DIR.resolve("src"))).files()
            .stream().flatMap(file -> file.types().stream()).toList();

    @ParameterizedTest
    @EnumSource(ClassifierKind.class)
    void theRuleFilesWordsMakeFieldsBeFoundThatTheBundledWordsMiss(ClassifierKind kind) throws ConfigurationException {
        Policy bundled = loader().load(List.of("builtin:gdpr"));
        Policy extended = loader().load(List.of(DIR.resolve("vard.yaml").toString()));

        for (String member : List.of("namn", "bostadstfn")) {
            Classification without = classify(kind, bundled, member);
            assertFalse(without.personal(), "without the rule file: " + String.join("\n", Explanation.lines(without)));
        }

        Classification name = classify(kind, extended, "namn");
        assertTrue(name.personal(), String.join("\n", Explanation.lines(name)));
        assertEquals("user.name", name.primaryCategory());
        Classification phone = classify(kind, extended, "bostadstfn");
        assertTrue(phone.personal(), String.join("\n", Explanation.lines(phone)));
        assertEquals("user.contact.phone_number", phone.primaryCategory());
        assertFalse(classify(kind, extended, "insatskod").personal());
    }

    @ParameterizedTest
    @EnumSource(ClassifierKind.class)
    void aCategorysRecordsOfMakeWhatIsWrittenAboutThosePeopleThatCategory(ClassifierKind kind) throws ConfigurationException {
        Path dir = Path.of("src/test/resources/records-of");
        List<TypeInfo> types = new SourceScanner(0).scan(dir, List.of(dir.resolve("src"))).files()
                .stream().flatMap(file -> file.types().stream()).toList();
        Policy bundled = loader().load(List.of("builtin:gdpr"));
        Policy extended = loader().load(List.of(dir.resolve("terapi.yaml").toString()));

        Classification without = classify(kind, bundled, types, "anteckning");
        assertFalse(without.personal() && !without.link(), "without the rule file: " + String.join("\n", Explanation.lines(without)));
        Classification note = classify(kind, extended, types, "anteckning");
        assertTrue(note.personal() && !note.link(), String.join("\n", Explanation.lines(note)));
        assertEquals("user.health", note.primaryCategory());
        assertFalse(classify(kind, extended, types, "rum").personal());
    }

    private static Classification classify(ClassifierKind kind, Policy policy, String member) {
        return classify(kind, policy, TYPES, member);
    }

    private static Classification classify(ClassifierKind kind, Policy policy, List<TypeInfo> types, String member) {
        TypeInfo owner = types.get(0);
        CodeElement field = owner.fields().stream().filter(f -> f.member().equals(member)).findFirst().orElseThrow();
        return kind.create(policy).classify(field, owner, new Codebase(types));
    }

    private static PolicyLoader loader() {
        return new PolicyLoader(RuleFileVocabularyTest.class.getClassLoader());
    }
}

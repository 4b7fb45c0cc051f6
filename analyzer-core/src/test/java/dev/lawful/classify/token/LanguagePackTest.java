package dev.lawful.classify.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagePackTest {

    @Test
    void theBundledPacksGiveKeyWordsEndingsAndFoldings() {
        LanguagePack.Languages languages = LanguagePack.builtin();
        assertTrue(languages.keyWords().containsAll(Set.of("id", "nummer", "numero", "tunnus", "ident")));
        assertEquals("o", languages.foldings().get("ø"));
        assertEquals("ss", languages.foldings().get("ß"));
        assertEquals(List.of("en", "sv", "fi", "no", "da", "de", "pl"),
                languages.packs().stream().map(LanguagePack::language).toList());
    }

    @Test
    void anEndingGivesItsBaseOnlyWhereItApplies() {
        LanguagePack.Ending finnish = new LanguagePack.Ending("t", "", 5, "aeiouy");
        assertEquals("hetu", finnish.base("hetut"));
        assertEquals(null, finnish.base("ident"));
        assertEquals("kansalaisuus", new LanguagePack.Ending("uudet", "uus", 7, "").base("kansalaisuudet"));
    }

    @Test
    void thePatternIndexReadsThePacksEndings() {
        PatternIndex<String> index = new PatternIndex<>();
        index.add("bruker", "person");
        index.add("hetu", "id");
        assertEquals("person", index.find(List.of("brukere")).get(0).value());
        assertEquals("id", index.find(List.of("hetut")).get(0).value());
        assertTrue(index.find(List.of("bruk")).isEmpty());
    }

    @Test
    void theTokenizerFoldsLettersAndSplitsACompoundBeforeItsHead() {
        assertEquals("fodselsnummer", Tokenizer.normalize("fødselsnummer"));
        Tokenizer tokenizer = new Tokenizer(Set.of("beruf", "bruker"), Set.of("beruf"));
        assertEquals(List.of("derzeitausgeuebter", "beruf"), tokenizer.tokens("derzeitausgeuebterberuf"));
        assertEquals(List.of("portefolje", "bruker"), tokenizer.tokens("portefoljebruker"));
        assertEquals(List.of("viewport"), tokenizer.tokens("viewport"));
    }

    @Test
    void aCompoundsModifierThatEndsInAHeadOfItsOwnIsSplitToo() {
        Tokenizer tokenizer = new Tokenizer(Set.of("muokkaaja", "tunnus"), Set.of("tunnus"));
        assertEquals(List.of("rivi", "muokkaaja", "tunnus"), tokenizer.tokens("rivimuokkaajatunnus"));
        assertEquals(List.of("rivimuokkaus", "tunnus"), tokenizer.tokens("rivimuokkaustunnus"));
    }

    @Test
    void aNameSpellingOutALetterReadsLikeTheLetterWhereThatGivesAKnownWord() {
        Tokenizer tokenizer = new Tokenizer(Set.of("dodsdato", "vaergemal", "flurstuck", "dato"), Set.of("dodsdato"));
        assertEquals(List.of("dodsdato"), tokenizer.tokens("doedsdato"));
        assertEquals(List.of("vaergemal"), tokenizer.tokens("vaergemaal"));
        assertEquals(List.of("flurstuck"), tokenizer.tokens("Flurstueck"));
        // an unknown word stays as written, and a short one is never respelled
        assertEquals(List.of("shoelace"), tokenizer.tokens("shoelace"));
        assertEquals(List.of("does"), tokenizer.tokens("does"));
    }

    @Test
    void aNumberWordAbbreviatedAtTheEndOfACompoundMatchesThePattern() {
        PatternIndex<String> index = new PatternIndex<>();
        index.add("kommunenummer", "city");
        index.add("kuntanumero", "city");
        index.add("case number", "case");
        assertEquals("city", index.find(List.of("kommunenr")).get(0).value());
        assertEquals("city", index.find(List.of("kommune", "nr")).get(0).value());
        assertEquals("city", index.find(List.of("kuntanro")).get(0).value());
        assertEquals("case", index.find(List.of("case", "no")).get(0).value());
        assertTrue(index.find(List.of("nr")).isEmpty());
    }

    @Test
    void aMalformedPackNamesTheFileAndLine() {
        String yaml = "language: xx\nplurals: [s]\n";
        ConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class, () ->
                LanguagePack.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "xx.yaml"));
        assertTrue(e.getMessage().startsWith("xx.yaml:2:11: plurals: expected a map"), e.getMessage());
    }
}

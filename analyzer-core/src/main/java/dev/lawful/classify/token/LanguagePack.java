package dev.lawful.classify.token;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.load.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tokenizer, the pattern index and the name reading know of a language, as data: key
 * words (nummer, numero, tunnus), plural and genitive endings, letter foldings, the spellings of
 * letters an identifier cannot hold, and abbreviations of the number words. The bundled
 * packs are {@code dev/lawful/classify/languages/*.yaml}, listed in {@code languages.txt}.
 *
 * @param plurals endings an identifier may carry beyond a pattern's word (brukere for bruker)
 * @param foldings letters written as others (ø as o, ß as ss)
 * @param transliterations how an identifier spells a letter it cannot hold, and the folded letter
 *     it stands for (oe for ø: doedsdato is dødsdato, folded dodsdato; aa for å; ue for ü)
 * @param abbreviations a short form and the word it abbreviates at the end of a compound
 *     (nr for nummer: kommunenr is kommunenummer; nro for numero)
 */
public record LanguagePack(String language, List<String> keyWords, List<Ending> plurals, Map<String, String> foldings,
        Map<String, String> transliterations, Map<String, String> abbreviations) {

    private static final String FOLDER = "/dev/lawful/classify/languages/";
    private static final List<String> KEYS = List.of("language", "keyWords", "plurals", "foldings", "transliterations",
            "abbreviations");
    private static final List<String> ENDING_KEYS = List.of("suffix", "stem", "minLength", "after");
    private static final Languages BUILTIN = load();

    public LanguagePack {
        keyWords = List.copyOf(keyWords);
        plurals = List.copyOf(plurals);
        foldings = Map.copyOf(foldings);
        transliterations = Map.copyOf(transliterations);
        abbreviations = Map.copyOf(abbreviations);
    }

    /** A short form of a word that ends compounds (nr for nummer), of one language. */
    public record Abbreviation(String shortForm, String word) {
    }

    /**
     * An inflected ending: a word of at least {@code minLength} letters ending in {@code suffix}
     * (after one of the letters of {@code after}, when given) may stand for its stem plus {@code stem}.
     */
    public record Ending(String suffix, String stem, int minLength, String after) {

        /** The base form the word may stand for, or null when the ending does not apply. */
        public String base(String word) {
            int cut = word.length() - suffix.length();
            if (word.length() < minLength || !word.endsWith(suffix)
                    || !after.isEmpty() && (cut < 1 || after.indexOf(word.charAt(cut - 1)) < 0)) {
                return null;
            }
            return word.substring(0, cut) + stem;
        }

        /**
         * The word this ending would make of {@code base} (hetu gives hetut), or null when the
         * base does not end in the stem; {@link #base} still decides whether the ending applies to it.
         */
        public String inflected(String base) {
            return base.endsWith(stem) ? base.substring(0, base.length() - stem.length()) + suffix : null;
        }
    }

    /**
     * Every bundled pack together.
     *
     * @param transliterations each pack's spellings of letters, in the packs' order (a name is of one language)
     */
    public record Languages(List<LanguagePack> packs, Set<String> keyWords, List<Ending> endings, Map<String, String> foldings,
            List<Map<String, String>> transliterations, Set<Abbreviation> abbreviations) {
    }

    public static Languages builtin() {
        return BUILTIN;
    }

    private static Languages load() {
        List<LanguagePack> packs = new ArrayList<>();
        for (String id : index()) {
            String file = FOLDER + id + ".yaml";
            try (InputStream in = LanguagePack.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + file);
                }
                packs.add(parse(in, file));
            } catch (IOException | ConfigurationException e) {
                throw new IllegalStateException("bundled language pack is broken: " + e.getMessage(), e);
            }
        }
        Set<String> keyWords = new LinkedHashSet<>();
        List<Ending> endings = new ArrayList<>();
        Map<String, String> foldings = new LinkedHashMap<>();
        List<Map<String, String>> transliterations = new ArrayList<>();
        Set<Abbreviation> abbreviations = new LinkedHashSet<>();
        for (LanguagePack pack : packs) {
            keyWords.addAll(pack.keyWords());
            endings.addAll(pack.plurals());
            foldings.putAll(pack.foldings());
            if (!pack.transliterations().isEmpty()) {
                transliterations.add(pack.transliterations());
            }
            new java.util.TreeMap<>(pack.abbreviations()).forEach((shortForm, word) -> abbreviations.add(new Abbreviation(shortForm, word)));
        }
        return new Languages(List.copyOf(packs), Set.copyOf(keyWords), List.copyOf(endings), Map.copyOf(foldings),
                List.copyOf(transliterations), java.util.Collections.unmodifiableSet(abbreviations));
    }

    private static List<String> index() {
        try (InputStream in = LanguagePack.class.getResourceAsStream(FOLDER + "languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + "languages.txt");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one pack through the hardened YAML reader. */
    public static LanguagePack parse(InputStream in, String file) throws ConfigurationException {
        DataFile data = DataFile.read(in, file, KEYS);
        List<Ending> endings = new ArrayList<>();
        for (DataFile ending : data.maps("plurals", ENDING_KEYS)) {
            endings.add(new Ending(ending.text("suffix", ""), ending.text("stem", ""),
                    (int) ending.number("minLength", 1), ending.text("after", "")));
        }
        return new LanguagePack(data.text("language", file), data.texts("keyWords"), endings, data.pairs("foldings"),
                data.pairs("transliterations"), data.pairs("abbreviations"));
    }
}

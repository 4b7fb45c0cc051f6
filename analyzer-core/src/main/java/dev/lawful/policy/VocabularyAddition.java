package dev.lawful.policy;

import java.util.List;

/**
 * Words a rule file adds to the classifiers' vocabulary for one language (its
 * {@code vocabulary:} section), as {@code detection:} adds patterns to a category: a compliance
 * lead teaches Lawful the words of their own code without touching the bundled lists. Words are
 * patterns like a category's (normalised, {@code *} inside a word for compounds); key words are
 * single words. The category words of the same entry become {@code detection:} additions.
 *
 * @param language the language the words are of (a bundled language pack's id: en, sv, fi, no, da, de)
 * @param person words naming people (vårdtagare): a type so named is about a person
 * @param things words naming things of the business that are not people
 * @param technical words naming technical contexts (configuration, infrastructure)
 * @param neutral stop words of a type name, skipped when reading it from its end (Dto, Uppgifter)
 * @param attributes field-name endings that make a field about data rather than the data (emailMall)
 * @param actors patterns naming an audit actor (signerad av)
 * @param parts field-name endings naming a part of what the declaring type is named for
 * @param components last words of a type name that make it a component of the program (Tjanst)
 * @param keyWords words that make a name a key (löpnr): patientLopnr is a key to a patient
 */
public record VocabularyAddition(
        String language,
        List<String> person,
        List<String> things,
        List<String> technical,
        List<String> neutral,
        List<String> attributes,
        List<String> actors,
        List<String> parts,
        List<String> components,
        List<String> keyWords,
        SourceRef ref) {

    public VocabularyAddition {
        person = List.copyOf(person);
        things = List.copyOf(things);
        technical = List.copyOf(technical);
        neutral = List.copyOf(neutral);
        attributes = List.copyOf(attributes);
        actors = List.copyOf(actors);
        parts = List.copyOf(parts);
        components = List.copyOf(components);
        keyWords = List.copyOf(keyWords);
    }
}

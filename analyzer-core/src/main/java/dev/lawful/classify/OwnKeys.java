package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.List;

/** Whether a key named for a word is the declaring type's own key (allergyId in Allergy, customerId in CustomerDto). */
final class OwnKeys {

    private OwnKeys() {
    }

    /**
     * Whether the field is its record's own key: a key-typed field with {@code @Id}, a field named
     * only a key word (id, uuid, oid), or a key named for the record's head noun (allergyId in Allergy).
     */
    static boolean isOwnKeyField(FieldFacts field) {
        if (isFlag(field.element())) {
            return false;
        }
        if (TaxonomyClassifier.isOwnKey(field.element(), field.owner())) {
            return true;
        }
        List<String> tokens = field.name().tokens();
        if (tokens.isEmpty() || !field.taxonomy().isKeyWord(tokens.get(tokens.size() - 1))) {
            return false;
        }
        if (tokens.size() == 1) {
            return true;
        }
        String word = String.join(" ", tokens.subList(0, tokens.size() - 1));
        return isOwnKey(field, word);
    }

    /** A yes-or-no field (alternativeIdentifier in Patient says whether the id is another kind): never a key. */
    static boolean isFlag(CodeElement element) {
        return JavaVocabulary.builtin().yesNoTypes().contains(element.type());
    }

    /**
     * The word must be the type's head noun, and the type must not be a separate record about it
     * (patientId in PatientHistory refers to a patient).
     */
    static boolean isOwnKey(FieldFacts field, String word) {
        TypeInfo owner = field.owner();
        if (owner == null) {
            return false;
        }
        List<String> tokens = field.taxonomy().tokenizer().tokens(owner.simpleName());
        if (tokens.stream().anyMatch(field.taxonomy()::namesSeparateRecord)) {
            return false;
        }
        String joined = word.replace(" ", "");
        String noun = field.contexts().headNounOf(owner.simpleName());
        String last = noun.substring(noun.lastIndexOf(' ') + 1);
        return !last.isEmpty() && (noun.replace(" ", "").endsWith(joined) || last.startsWith(joined) || joined.startsWith(last));
    }
}

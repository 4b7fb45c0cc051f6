package dev.lawful.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of personal data. Ids are dotted and hierarchical, following fideslang where
 * a key exists ({@code user.contact.email}); a category covers its descendants.
 *
 * @param special whether this is a special category of Art. 9 (or criminal data, Art. 10)
 * @param personal false for data that identifies no one by itself, such as a company's name
 *     or registration number (Recital 14): recognised, so a policy can disclose it, but a field
 *     holding only this is not personal data
 * @param positiveExamples identifiers (or {@code Type#field}) that must classify as this category
 * @param negativeExamples identifiers that must not
 * @param traits what the classifiers know of the category beyond its patterns (only a person has
 *     it; a yes/no field can hold it; it holds a person's name or identifier)
 */
public record DataCategory(
        String id,
        String name,
        String description,
        boolean special,
        Detection detection,
        List<String> positiveExamples,
        List<String> negativeExamples,
        boolean personal,
        Set<Trait> traits,
        SourceRef ref) {

    /**
     * A trait of a category, written in a rule file's {@code traits} list by its id.
     * {@link #PERSON_ONLY}, {@link #IDENTIFIES_PERSON}, {@link #YES_NO} and {@link #COMPOSITE} hold for the
     * category's descendants too.
     */
    public enum Trait {
        /** Only a person has such data (an IP address, a national id), never a business thing. */
        PERSON_ONLY("person-only"),
        /**
         * Its value identifies a natural person wherever it is held (a national identity number, a
         * passport number): where an IP address in a technical type may be a server's, such a
         * number in an exception or a request (PersonIkkeFunnetException#fnr) is still a person's.
         */
        IDENTIFIES_PERSON("identifies-person"),
        /** A yes/no field can hold such data (a consent, a marital status); for others a boolean is a flag about it. */
        YES_NO("yes-no"),
        /** A text field named for a person (String recipient) holds data of this category: their name. */
        PERSON_NAME("person-name"),
        /** A person record's own key and a key naming a person (patientId) are of this category. */
        PERSON_IDENTIFIER("person-identifier"),
        /** Its weak patterns also name a business's own records (PaymentType): a type named so is not a person's. */
        BUSINESS_RECORD("business-record"),
        /**
         * Its value is made of parts (an address, a person's name): a descriptive field of a type
         * named for it holds a part, whatever the field is called (Address#district, HumanName#given).
         */
        COMPOSITE("composite"),
        /**
         * Its value is an amount (an income, a deduction): an amount-typed field (BigDecimal, Money)
         * of a type named for it holds it, whatever the field is called (Inntekt#belop).
         */
        AMOUNTS("amounts"),
        /**
         * Its value is a date or a time (a birth, a death): a date word after its pattern names
         * the datum (deceasedDate), where after another category's it says when (addressLinesDate).
         */
        DATED("dated"),
        /**
         * A person's choice about other data: a yes/no field that says whether personal data is
         * shown or shared (emailShared, showPhone, nimiJaettu) holds data of this category.
         */
        SHARING_CHOICE("sharing-choice");

        private final String id;

        Trait(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Trait> parse(String id) {
            return Arrays.stream(values()).filter(trait -> trait.id.equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Trait::id).toList();
        }
    }

    /** A category without traits. */
    public DataCategory(String id, String name, String description, boolean special, Detection detection,
            List<String> positiveExamples, List<String> negativeExamples, boolean personal, SourceRef ref) {
        this(id, name, description, special, detection, positiveExamples, negativeExamples, personal, Set.of(), ref);
    }

    /** A category of personal data. */
    public DataCategory(String id, String name, String description, boolean special, Detection detection,
            List<String> positiveExamples, List<String> negativeExamples, SourceRef ref) {
        this(id, name, description, special, detection, positiveExamples, negativeExamples, true, Set.of(), ref);
    }

    public DataCategory {
        positiveExamples = List.copyOf(positiveExamples);
        negativeExamples = List.copyOf(negativeExamples);
        traits = Set.copyOf(traits);
    }

    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    /** Whether this category is {@code other} or one of its descendants. */
    public boolean isWithin(String other) {
        return isWithin(id, other);
    }

    /** Whether the category {@code categoryId} is {@code ancestorId} or one of its descendants. */
    public static boolean isWithin(String categoryId, String ancestorId) {
        return categoryId.equals(ancestorId) || categoryId.startsWith(ancestorId + ".");
    }
}

package dev.lawful.policy;

import java.util.List;

/**
 * Who is responsible for the processing (Art. 4(7)), and whom data subjects contact.
 *
 * @param entities the legal entities that act as controller, when the policy names several
 */
public record Controller(String name, String address, List<LegalEntity> entities, Contact contact, SourceRef ref) {

    public Controller {
        entities = List.copyOf(entities);
    }

    /** One company behind the controller, with its business id when the policy gives it. */
    public record LegalEntity(String name, String country, String businessId) {
    }

    /**
     * The data-protection contact.
     *
     * @param role "dpo" (Art. 37), "representative" (Art. 27) or "contact"
     */
    public record Contact(String name, String role, List<String> email, List<String> phone, SourceRef ref) {

        public Contact {
            email = List.copyOf(email);
            phone = List.copyOf(phone);
        }
    }
}

package signals.personownkey;

import jakarta.persistence.Id;

public class Allergy {
    @Id
    private Long id; // silent: person-own-key
    private String substance;
}

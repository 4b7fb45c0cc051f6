package signals.ownkey;

import jakarta.persistence.Id;

public class Allergy {
    @Id
    private Long id; // fires: own-key
    private String substance;
}

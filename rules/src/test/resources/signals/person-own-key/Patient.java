package signals.personownkey;

import jakarta.persistence.Id;

public class Patient {
    @Id
    private Long id; // fires: person-own-key
    private String name;
}

package signals.ownkey;

import jakarta.persistence.Id;

public class Patient {
    @Id
    private Long id; // silent: own-key
    private String name;
}

package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Lasku {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String laskunumero;

    // lawful: link
    private Long asiakasId;

    // lawful: not-personal
    private LocalDate erapaiva;

    // lawful: not-personal
    private String viitenumero;

    // lawful: not-personal
    private String ytunnus;
}

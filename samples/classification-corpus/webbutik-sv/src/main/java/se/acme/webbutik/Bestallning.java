package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.LocalDateTime;
import java.util.List;

@Entity
public class Bestallning {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Kund kund;

    // lawful: not-personal
    @OneToMany(mappedBy = "bestallning")
    private List<Orderrad> rader;

    // lawful: not-personal
    private LocalDateTime bestallningsdatum;

    // lawful: not-personal
    private String status;

    // lawful: personal user.device.ip_address
    private String ipAdress;
}

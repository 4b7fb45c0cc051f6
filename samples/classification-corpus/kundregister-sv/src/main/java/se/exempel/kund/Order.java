package se.exempel.kund;

import java.math.BigDecimal;
import java.time.LocalDate;

public class Order {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String ordernummer;

    // lawful: link
    private Kund kund;

    // lawful: personal user.contact.address
    private String leveransadress;

    // lawful: personal user.contact.address
    private String fakturaadress;

    // lawful: not-personal
    private BigDecimal belopp;

    // lawful: not-personal
    private LocalDate orderdatum;

    // lawful: not-personal
    private String status;
}

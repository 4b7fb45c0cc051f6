package com.nordshop;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A shop customer in Sweden or Finland. Field names follow the old Swedish database. */
@Entity
@Table(name = "customers")
public class Customer {

    @Id
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.unique_id
    private String kundnr;

    // lawful: personal user.government_id.national_identification_number
    private String pnr;

    // lawful: personal user.name.first
    private String fname;

    // lawful: personal user.name.last
    private String lname;

    // lawful: personal user.contact.email
    private String epost;

    // lawful: personal user.contact.phone_number
    private String mobilnr;

    // lawful: personal user.contact.phone_number
    private String tel;

    // lawful: personal user.contact.address
    private String addr1;

    // lawful: personal user.contact.address
    private String addr2;

    // lawful: personal user.contact.address
    @Column(name = "co_adress")
    private String careOf;

    // lawful: personal user.contact.address.postal_code
    private String zip;

    // lawful: personal user.contact.address.city
    private String ort;

    // lawful: personal user.contact.address.country
    private String land;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dob;

    // lawful: personal user.demographic.language
    private String sprak;

    // lawful: personal user.privacy_preferences
    private boolean nyhetsbrevSamtycke;

    // lawful: personal user.authorization.credentials
    private String pwdHash;

    // lawful: link
    @OneToMany(mappedBy = "customer")
    private List<DeliveryAddress> leveransadresser;

    // lawful: not-personal
    private String kundtyp;

    // lawful: not-personal
    private Instant created;

    // lawful: not-personal
    private boolean emailVerified;
}

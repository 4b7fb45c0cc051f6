package org.example.clinic;

import jakarta.persistence.*;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "owners")
public class Owner extends Person {

    // lawful: personal user.contact.address
    @Column(name = "address")
    private String address;

    // lawful: personal user.contact.address
    @Column(name = "city")
    private String city;

    // lawful: personal user.contact.phone_number
    @Column(name = "telephone")
    @Pattern(regexp = "\\d{10}")
    private String telephone;

    // lawful: not-personal
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private List<Pet> pets = new ArrayList<>();
}

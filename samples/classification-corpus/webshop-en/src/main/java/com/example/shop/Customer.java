package com.example.shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "customers")
public class Customer {

    // lawful: not-personal
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.name
    @Column(name = "first_name", nullable = false)
    private String firstName;

    // lawful: personal user.name
    @Column(name = "last_name", nullable = false)
    private String lastName;

    // lawful: personal user.contact.email
    @Email
    @Column(unique = true)
    private String email;

    // lawful: personal user.contact.phone_number
    private String phone;

    // lawful: personal user.demographic.date_of_birth
    @Past
    private LocalDate birthDate;

    // lawful: personal user.demographic.gender
    private String gender;

    // lawful: personal user.authorization.credentials
    private String passwordHash;

    // lawful: personal user.privacy_preferences
    private boolean newsletterOptIn;

    // lawful: not-personal
    private boolean emailVerified;

    // lawful: not-personal
    private Instant createdAt;

    // lawful: not-personal
    private Instant updatedAt;

    // lawful: link
    @OneToMany(mappedBy = "customer")
    private List<Address> addresses = new ArrayList<>();

    // lawful: link
    @OneToMany(mappedBy = "customer")
    private List<Order> orders = new ArrayList<>();

    // lawful: not-personal
    @Enumerated(EnumType.STRING)
    private CustomerStatus status;

    // lawful: not-personal
    private String preferredCurrency;
}

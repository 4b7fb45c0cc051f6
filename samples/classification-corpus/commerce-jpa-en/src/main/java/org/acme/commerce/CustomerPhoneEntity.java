package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class CustomerPhoneEntity {

    // lawful: not-personal
    @Id
    @GeneratedValue
    @Column(name = "CUSTOMER_PHONE_ID")
    private Long id;

    // lawful: not-personal
    @Column(name = "PHONE_NAME")
    private String phoneName;

    // lawful: personal user.contact.phone_number
    @Column(name = "PHONE_NUMBER")
    private String phoneNumber;

    // lawful: personal user.contact.phone_number
    @Column(name = "EXTENSION")
    private String extension;

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "CUSTOMER_ID")
    private CustomerEntity customer;

    // lawful: not-personal
    private boolean isDefault;
}

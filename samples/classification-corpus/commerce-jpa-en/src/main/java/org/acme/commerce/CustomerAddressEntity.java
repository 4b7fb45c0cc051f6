package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Which of the customer's addresses is which ("Home", "Work"). */
@Entity
@Table(name = "ACME_CUSTOMER_ADDRESS")
public class CustomerAddressEntity {

    // lawful: not-personal
    @Id
    @GeneratedValue
    @Column(name = "CUSTOMER_ADDRESS_ID")
    private Long id;

    // lawful: not-personal
    @Column(name = "ADDRESS_NAME")
    private String addressName;

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "CUSTOMER_ID")
    private CustomerEntity customer;

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "ADDRESS_ID")
    private AddressEntity address;

    // lawful: not-personal
    @Column(name = "ARCHIVED")
    private boolean archived;
}

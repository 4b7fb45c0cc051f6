package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderPayment {

    // lawful: not-personal
    @Id
    @GeneratedValue
    @Column(name = "ORDER_PAYMENT_ID")
    private Long id;

    // lawful: link
    @ManyToOne
    private AddressEntity billingAddress;

    // lawful: not-personal
    @Column(name = "REFERENCE_NUMBER")
    private String referenceNumber;

    // lawful: not-personal
    @Column(name = "GATEWAY_TYPE")
    private String gatewayType;

    // lawful: link
    @ManyToOne
    private CustomerEntity customer;
}

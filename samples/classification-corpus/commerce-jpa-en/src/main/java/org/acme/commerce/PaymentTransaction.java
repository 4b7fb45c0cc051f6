package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Date;

@Entity
public class PaymentTransaction {

    // lawful: not-personal
    @Id
    @GeneratedValue
    @Column(name = "PAYMENT_TRANSACTION_ID")
    private Long id;

    // lawful: not-personal
    @Column(name = "TRANSACTION_TYPE")
    private String type;

    // lawful: personal user.device.ip_address
    @Column(name = "CUSTOMER_IP_ADDRESS")
    private String customerIpAddress;

    // lawful: not-personal
    @Column(name = "SAVE_TOKEN")
    private Boolean saveToken;

    // lawful: not-personal
    @Column(name = "RAW_RESPONSE")
    private String rawResponse;

    // lawful: not-personal
    @Column(name = "TRANSACTION_DATE")
    private Date date;

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "ORDER_PAYMENT")
    private OrderPayment orderPayment;
}

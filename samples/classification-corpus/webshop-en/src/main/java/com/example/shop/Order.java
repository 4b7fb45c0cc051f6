package com.example.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

@Entity
@Table(name = "orders")
public class Order {

    @Id
    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String orderNumber;

    // lawful: link
    @ManyToOne(fetch = FetchType.LAZY)
    private Customer customer;

    // lawful: personal user.contact.email
    private String customerEmail;

    // lawful: personal user.name
    private String shippingName;

    // lawful: personal user.contact.address
    private String shippingStreet;

    // lawful: personal user.contact.address
    private String shippingPostalCode;

    // lawful: personal user.contact.address
    private String shippingCity;

    // lawful: not-personal
    private BigDecimal totalAmount;

    // lawful: not-personal
    private String currency;

    // lawful: not-personal
    private OrderStatus status;

    // lawful: not-personal
    private OffsetDateTime placedAt;

    // lawful: not-personal
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    private List<OrderLine> lines;

    // lawful: personal user.device.ip_address
    private String clientIp;

    // lawful: not-personal
    private String couponCode;
}

package com.jalonom.webshop.order;

import com.jalonom.webshop.customer.Address;
import com.jalonom.webshop.customer.Customer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A web-shop order. Declared in lawful.yaml as "order-handling". */
public class Order {

    private String orderNumber;
    private Customer customer;           // lawful: link to personal data
    private List<OrderLine> lines;
    private Address deliveryAddress;     // lawful: declared (yaml order-handling)
    private String recipientName;        // lawful: declared (yaml order-handling)
    private String recipientPhone;       // lawful: declared (yaml order-handling)
    private String customerIpAddress;    // lawful: declared (yaml order-handling)
    private BigDecimal total;
    private Instant placedAt;

    public String getOrderNumber() {
        return orderNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public Address getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientPhone() {
        return recipientPhone;
    }

    public String getCustomerIpAddress() {
        return customerIpAddress;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}

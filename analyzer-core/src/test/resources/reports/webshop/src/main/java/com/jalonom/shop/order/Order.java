package com.jalonom.shop.order;

import com.jalonom.shop.customer.Customer;

/** An order placed in the shop. */
public class Order {

    private String orderNumber; // lawful: not-personal

    private Customer customer; // lawful: personal link; finding personal-data-undeclared

    private String deliveryAddress; // lawful: personal user.contact.address; finding personal-data-undeclared
}

package com.shop;

// A booking: a record tied to a customer by the customer's key.
public class Booking {

    // lawful: link
    private Long customerId;

    // lawful: not-personal
    private String roomCode;
}

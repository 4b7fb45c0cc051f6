package com.shop;

// Holds a booking, which is tied to a customer: the field links to that customer's record.
public class BookingConfirmation {

    // lawful: link
    private Booking booking;

    // lawful: not-personal
    private String confirmationCode;
}

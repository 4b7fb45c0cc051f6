package com.example.web;

import com.example.core.Customer;

/** What the sign-up page posts. */
public class SignupForm {

    private Customer customer;
    private String phoneNumber;   // lawful: personal-data-undeclared

    public Customer getCustomer() {
        return customer;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }
}

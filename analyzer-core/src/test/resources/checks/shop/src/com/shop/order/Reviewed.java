package com.shop.order;

@SuppressWarnings("lawful")
public class Reviewed {

    private String email;

    private String diagnosis;
}

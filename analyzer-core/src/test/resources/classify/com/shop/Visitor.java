package com.shop;

import java.net.InetAddress;

public class Visitor {

    // lawful: personal user.device.ip_address
    private String ipAddress;

    // lawful: personal user.device.ip_address
    private InetAddress origin;

    // lawful: personal user.financial.bank_account
    private String IBAN;
}

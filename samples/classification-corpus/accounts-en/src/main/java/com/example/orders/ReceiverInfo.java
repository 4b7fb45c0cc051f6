package com.example.orders;

/** The receiver of an order, as an admin corrects it. */
public class ReceiverInfo {
    // lawful: link
    private Long orderId;

    // lawful: personal user.name
    private String receiverName;

    // lawful: personal user.contact.phone_number
    private String receiverPhone;

    // lawful: personal user.contact.address.postal_code
    private String receiverPostCode;

    // lawful: personal user.contact.address
    private String receiverDetailAddress;

    // lawful: personal user.contact.address.city
    private String receiverCity;

    // lawful: not-personal
    private Integer status;
}

package org.example.loanbook.client;

public class StaffData {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.name
    private String displayName;

    // lawful: personal user.contact.phone_number
    private String mobileNo;

    // lawful: not-personal
    private String officeName;

    // lawful: not-personal
    private boolean loanOfficer;
}

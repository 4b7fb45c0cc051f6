package com.example.ward;

public class CancerScreeningCampaign {
    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String region;

    // lawful: not-personal
    private java.time.LocalDate startsOn;

    // lawful: not-personal
    private Integer invitedCount;
}

package com.nordshop;

/** A parcel pickup point (utlämningsställe / noutopiste) returned by the carrier API. */
public class PickupPoint {

    // lawful: not-personal
    private String id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String address;

    // lawful: not-personal
    private String postalCode;

    // lawful: not-personal
    private String postitoimipaikka;

    // lawful: not-personal
    private String openingHours;

    // lawful: not-personal
    private double distanceKm;
}

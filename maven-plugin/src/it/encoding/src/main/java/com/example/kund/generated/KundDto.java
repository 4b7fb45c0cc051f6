package com.example.kund.generated;

/** Generated code, excluded with -Dlawful.excludes. */
public class KundDto {

    private String telefonnummer;  // lawful: excluded, not analysed
}

package org.example.registry;

/** A builder of nothing scanned: still technical. */
public class ReportBuilder {
    // expected: not personal
    private String postnummer;
}

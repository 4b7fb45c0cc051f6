package com.example.kund;

/** A test fixture: test sources are not analysed unless includeTestSources is set. */
class KundFixture {

    private String mobilnummer;    // lawful: test source, not analysed
}

package org.example.loanbook.security;

public class OtpMetadata {

    // lawful: not-personal
    private int tokenLiveTimeInSec;

    // lawful: not-personal
    private int tokenLength;

    // lawful: not-personal
    private boolean extendedAccessToken;

    // lawful: not-personal
    private OtpDeliveryMethod deliveryMethod;
}

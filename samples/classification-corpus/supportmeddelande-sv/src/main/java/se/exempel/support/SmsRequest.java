package se.exempel.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An SMS to a citizen; the sender is the short alphanumeric name the operator shows. */
public class SmsRequest {
    // lawful: not-personal
    @NotBlank
    @Size(max = 11)
    private String sender;

    // lawful: personal user.contact.phone_number
    @ValidMSISDN
    private String recipient;

    // lawful: not-personal
    private String message;

    // lawful: not-personal
    private boolean internal;
}

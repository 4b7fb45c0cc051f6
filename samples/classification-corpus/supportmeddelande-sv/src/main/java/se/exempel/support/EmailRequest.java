package se.exempel.support;

import jakarta.validation.constraints.Email;
import java.util.List;

public class EmailRequest {
    // lawful: personal user.contact.email
    @Email
    private String recipient;

    // lawful: not-personal
    private String subject;

    // lawful: not-personal
    private String htmlMessage;

    // lawful: not-personal
    private List<EmailAttachment> attachments;

    // lawful: not-personal
    private List<String> attachmentIds;
}

package se.exempel.support;

public record EmailAttachment(
        // lawful: not-personal
        String fileName,
        // lawful: not-personal
        String base64Content,
        // lawful: not-personal
        String contentType) {
}

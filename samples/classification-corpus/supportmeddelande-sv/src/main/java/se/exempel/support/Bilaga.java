package se.exempel.support;

import java.time.OffsetDateTime;

public class Bilaga {
    // lawful: not-personal
    private String id;

    // lawful: not-personal
    private String fileName;

    // lawful: not-personal
    private String mimeType;

    // lawful: not-personal
    private int fileSize;

    // lawful: not-personal
    private OffsetDateTime created;
}

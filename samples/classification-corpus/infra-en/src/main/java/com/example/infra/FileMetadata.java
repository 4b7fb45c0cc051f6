package com.example.infra;

import java.time.Instant;

public class FileMetadata {

    // lawful: not-personal
    private String fileName;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private long size;

    // lawful: not-personal
    private String contentType;

    // lawful: not-personal
    private String checksum;

    // lawful: link
    private String uploadedBy;

    // lawful: not-personal
    private Instant uploadedAt;
}

package com.example.infra;

import java.time.Instant;

public class AuditEvent {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private String principal;

    // lawful: not-personal
    private String action;

    // lawful: not-personal
    private String entityType;

    // lawful: not-personal
    private String entityId;

    // lawful: link
    private String createdBy;

    // lawful: link
    private String lastModifiedBy;

    // lawful: not-personal
    private Instant createdDate;
}

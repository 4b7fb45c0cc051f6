package com.example.accounts;

import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.LastModifiedBy;

public abstract class AuditedEntity {
    // lawful: link
    @CreatedBy
    private String createdBy;

    // lawful: not-personal
    private Instant createdDate;

    // lawful: link
    @LastModifiedBy
    private String lastModifiedBy;

    // lawful: not-personal
    private Instant lastModifiedDate;
}

package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class AuditableEntity {

    // lawful: link
    @Column(name = "CREATED_BY")
    protected Long createdBy;

    // lawful: not-personal
    @Column(name = "DATE_CREATED")
    protected Instant dateCreated;

    // lawful: link
    @Column(name = "UPDATED_BY")
    protected Long updatedBy;

    // lawful: not-personal
    @Column(name = "DATE_UPDATED")
    protected Instant dateUpdated;

    // lawful: not-personal
    @Column(name = "OPT_LOCK")
    protected Integer version;
}

package org.example.register;

// A base class that records who created a row: that ties the row to no one.
public abstract class AuditedEntity {

    private Person createdBy;
}

package org.example.registry;

/** A level of a country's address hierarchy: named for an entry, not for an address. */
public class AddressHierarchyEntry {
    // expected: not personal
    private String levelCode;
    // expected: not personal
    private Integer parentId;
}

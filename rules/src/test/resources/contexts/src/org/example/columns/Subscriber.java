package org.example.columns;

import jakarta.persistence.Column;

/** Column names kept as constants of a holder class: the holder's name is no part of the column's. */
public class Subscriber {
    // expected: user.name
    @Column(name = TableColumns.Name)
    private String c1;
    // expected: not personal
    @Column(name = TableColumns.CreatedAt)
    private String c2;
}

package org.example.loanbook.calendar;

import java.time.LocalDate;

public class CalendarData {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private String description;

    // lawful: not-personal
    private String location;

    // lawful: not-personal
    private String locale;

    // lawful: not-personal
    private LocalDate startDate;

    // lawful: not-personal
    private boolean repeating;

    // lawful: link
    private String createdByUsername;
}

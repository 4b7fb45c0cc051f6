package org.example.loanbook.client;

public class CodeValueData {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private Integer position;
}

package com.example.hr;

import java.util.List;

public class Department {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String code;

    // lawful: link
    private Employee head;

    // lawful: link
    private List<Employee> members;

    // lawful: not-personal
    private String location;
}

package com.jalonom.shop;

// lawful: parse-problem (a missing semicolon)
public class Broken {
    private String name
}

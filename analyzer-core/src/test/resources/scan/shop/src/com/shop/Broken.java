package com.shop;

// expect: a parse problem at line 5, the scan goes on
public class Broken {
    private String name = ;
}

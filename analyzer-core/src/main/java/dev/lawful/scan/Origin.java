package dev.lawful.scan;

/** Where a code element was found. */
public enum Origin { SOURCE, BYTECODE }

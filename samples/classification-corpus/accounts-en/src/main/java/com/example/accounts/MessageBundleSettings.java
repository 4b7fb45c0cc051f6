package com.example.accounts;

/** Where the translated texts of the UI are read from. */
public class MessageBundleSettings {
    // lawful: not-personal
    private String defaultLangKey;

    // lawful: not-personal
    private String basename;

    // lawful: not-personal
    private String imageUrl;
}

package org.example.fieldwork;

/** A form's setting: a thing whose base class says nothing either way. */
public class FormSetting extends SyncAttributeEntity {
    // expected: not personal
    private String name;
    // expected: not personal
    private String value;
}

package org.example.register;

// One group of a person's register data; each kind of group is a subclass.
public abstract class PersonDetail {

    private Person person;
}

package org.example.loanbook.security;

public class RandomPasswordGenerator {

    // lawful: not-personal
    private final int numberOfCharactersInPassword;

    RandomPasswordGenerator(int numberOfCharactersInPassword) {
        this.numberOfCharactersInPassword = numberOfCharactersInPassword;
    }
}

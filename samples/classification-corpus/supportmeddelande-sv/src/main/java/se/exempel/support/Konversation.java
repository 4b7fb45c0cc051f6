package se.exempel.support;

import java.util.List;

public class Konversation {
    // lawful: not-personal
    private String id;

    // lawful: not-personal
    private String topic;

    // lawful: not-personal
    private List<String> relationIds;

    // lawful: link
    private List<Identifierare> participants;

    // lawful: link
    private List<Identifierare> deltagare;

    // lawful: not-personal
    private int messageCount;
}

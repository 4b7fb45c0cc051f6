package com.example.casework;

/** Which case worker (agent) handles a client's case; agents are people here. */
public class CaseAssignment {
    // lawful: not-personal
    private Long id;

    // lawful: link
    private String agentId;

    // lawful: personal user.name
    private String agentName;

    // lawful: not-personal
    private String caseNumber;
}

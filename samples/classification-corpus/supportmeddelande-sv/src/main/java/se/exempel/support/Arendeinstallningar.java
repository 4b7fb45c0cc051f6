package se.exempel.support;

import java.util.List;

/** How a municipality's namespace handles incoming e-mail errands. */
public class Arendeinstallningar {
    // lawful: not-personal
    private Boolean enabled;

    // lawful: not-personal
    private String errandClosedEmailSender;

    // lawful: not-personal
    private String errandNewEmailTemplate;

    // lawful: not-personal
    private Integer daysOfInactivityBeforeReject;

    // lawful: not-personal
    private Boolean addSenderAsStakeholder;

    // lawful: not-personal
    private String stakeholderRole;

    // lawful: not-personal
    private List<EpostPaminnelse> paminnelser;
}

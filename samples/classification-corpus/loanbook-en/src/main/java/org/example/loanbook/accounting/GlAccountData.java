package org.example.loanbook.accounting;

import java.util.List;

public class GlAccountData {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String glCode;

    // lawful: not-personal
    private GlAccountData parent;

    // lawful: not-personal
    private List<GlAccountData> incomeHeaderAccountOptions;

    // lawful: not-personal
    private List<String> allowedIncomeTagOptions;
}

package org.example.loanbook.bulkimport;

import java.util.List;
import org.example.loanbook.client.CodeValueData;
import org.example.loanbook.client.StaffData;

public class ClientPersonWorkbookPopulator {

    // lawful: not-personal
    private List<CodeValueData> countryCodeValues;

    // lawful: not-personal
    private List<CodeValueData> genderCodeValues;

    // lawful: not-personal
    private List<CodeValueData> stateProvinceCodeValues;

    // lawful: not-personal
    private List<String> officeNames;

    // lawful: link
    private List<StaffData> staffList;
}

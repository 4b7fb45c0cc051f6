package dev.lawful.report.ropa;

import dev.lawful.recipient.RecipientUse;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The recipients of the policy with their country, transfer and safeguard, and where the build uses them. */
final class RecipientTable {

    private final Policy policy;
    private final PolicyWording wording;
    private final List<RecipientUse> uses;

    RecipientTable(Policy policy, PolicyWording wording, List<RecipientUse> uses) {
        this.policy = policy;
        this.wording = wording;
        this.uses = uses;
    }

    RecordTable table() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (Recipient recipient : policy.recipients().values()) {
            Boolean third = PolicyWording.isThirdCountry(recipient);
            rows.add(List.of(RecordCell.of(recipient.id()), RecordCell.of(recipient.name()),
                    RecordCell.stated(recipient.country()),
                    recipient.purposes().isEmpty() ? RecordCell.NOT_STATED : RecordCell.of(String.join(", ", recipient.purposes())),
                    recipient.categories().isEmpty() ? RecordCell.NOT_STATED
                            : RecordCell.of(String.join(", ", recipient.categories())),
                    third == null ? RecordCell.NOT_STATED : RecordCell.of(third ? "yes" : "no"),
                    wording.safeguard(recipient), foundInBuild(recipient)));
        }
        return new RecordTable("recipients", "Recipients and transfers", "Who receives personal data, in which"
                + " country, and the Chapter V safeguard for a transfer outside the EU/EEA.",
                List.of("Recipient", "Name", "Country", "Purposes", "Categories", "Outside the EU/EEA", "Safeguard",
                        "Found in the build"), rows);
    }

    private RecordCell foundInBuild(Recipient recipient) {
        TreeSet<String> evidence = new TreeSet<>();
        for (RecipientUse use : uses) {
            if (InventoryTables.isOf(use, recipient)) {
                evidence.add(use.evidence() + " (" + use.file() + (use.line() > 0 ? ":" + use.line() : "") + ")");
            }
        }
        return evidence.isEmpty() ? RecordCell.of("not found") : RecordCell.of(String.join("; ", evidence));
    }
}

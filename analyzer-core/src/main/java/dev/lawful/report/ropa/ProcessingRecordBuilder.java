package dev.lawful.report.ropa;

import dev.lawful.Result;
import dev.lawful.check.dpia.DpiaScreener;
import dev.lawful.check.dpia.DpiaScreening;
import dev.lawful.check.dpia.Judgement;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.SubjectSuggestions;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.SecurityMeasure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the record of processing from an analysis: the policy's side and the code's, side by side. */
public final class ProcessingRecordBuilder {

    private final Result result;
    private final Policy policy;
    private final PolicyWording wording;
    private final List<InventoryEntry> personal;

    public ProcessingRecordBuilder(Result result) {
        this.result = result;
        this.policy = result.policy();
        this.wording = new PolicyWording(policy);
        this.personal = personalEntries(result.inventory());
    }

    /** The personal-data entries that have a category, in inventory order. */
    static List<InventoryEntry> personalEntries(List<InventoryEntry> inventory) {
        return inventory.stream()
                .filter(e -> e.classification().personal() && e.classification().primaryCategory() != null)
                .toList();
    }

    public ProcessingRecord build() {
        InventoryTables inventory = new InventoryTables(policy, wording, personal, result.recipientUses());
        List<RecordTable> tables = new ArrayList<>();
        tables.add(purposes());
        tables.add(inventory.categories());
        tables.add(inventory.inCodeNotInPolicy());
        tables.add(inventory.inPolicyNotInCode());
        tables.add(new RecipientTable(policy, wording, result.recipientUses()).table());
        tables.add(inventory.retention());
        tables.add(securityMeasures());
        tables.add(processorRecord());
        tables.add(dpia(new DpiaScreener(policy, result.inventory(), result.recipientUses()).screen()));
        return new ProcessingRecord(policy.name() == null ? policy.id() : policy.name(), tables);
    }

    private RecordTable purposes() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (Purpose purpose : policy.purposes().values()) {
            if (purpose.isProcessing()) {
                continue;
            }
            rows.add(List.of(RecordCell.of(purpose.id()), wording.controller(), wording.contact(),
                    purposeText(purpose), legalBases(purpose), subjects(purpose), categories(purpose),
                    recipients(purpose), transfers(purpose), retention(purpose), measures()));
        }
        return new RecordTable("purposes", "Art. 30(1) record", "One row per purpose with the columns of"
                + " Art. 30(1)(a)-(g), as the rule files state them; highlighted cells are gaps.",
                List.of("Purpose", "(a) Controller", "(a) Contact", "(b) Purpose of the processing", "Legal basis",
                        "(c) Data subjects", "(c) Categories of personal data", "(d) Recipients",
                        "(e) Transfers to third countries", "(f) Time limits for erasure",
                        "(g) Security measures"), rows);
    }

    private static RecordCell purposeText(Purpose purpose) {
        return RecordCell.of(purpose.description() == null ? purpose.name()
                : purpose.name() + ": " + purpose.description());
    }

    private RecordCell legalBases(Purpose purpose) {
        if (purpose.legalBases().isEmpty()) {
            return RecordCell.NOT_STATED;
        }
        String bases = purpose.legalBases().stream().map(wording::basis).collect(Collectors.joining("; "));
        return purpose.legalBasesInterpreted()
                ? RecordCell.gap(bases + " (an interpretation: the published policy does not tie bases to purposes)")
                : RecordCell.of(bases);
    }

    private RecordCell subjects(Purpose purpose) {
        Set<String> ids = new LinkedHashSet<>(purpose.dataSubjects());
        declarationsFor(purpose).forEach(d -> ids.addAll(d.dataSubjects()));
        if (!ids.isEmpty()) {
            return RecordCell.of(ids.stream().map(wording::subject).collect(Collectors.joining(", ")));
        }
        List<InventoryEntry> serving = servingEntries(purpose);
        List<SubjectSuggestions.Suggestion> suggested = new SubjectSuggestions(policy).suggest(serving);
        if (suggested.isEmpty()) {
            return RecordCell.NOT_STATED;
        }
        return RecordCell.gap(RecordCell.NOT_STATED_TEXT + "; the code suggests " + suggested.stream()
                .map(s -> s.subject().id() + " (" + String.join(", ", s.classes()) + ")")
                .collect(Collectors.joining(", ")));
    }

    private RecordCell categories(Purpose purpose) {
        Set<String> categories = new TreeSet<>();
        servingEntries(purpose).forEach(e -> categories.addAll(InventoryTables.categoriesOf(e)));
        recipientsFor(purpose).forEach(r -> categories.addAll(r.categories()));
        return categories.isEmpty() ? RecordCell.NOT_STATED
                : RecordCell.of(categories.stream().map(wording::category).collect(Collectors.joining(", ")));
    }

    private RecordCell recipients(Purpose purpose) {
        List<Recipient> recipients = recipientsFor(purpose);
        return recipients.isEmpty() ? RecordCell.NOT_STATED
                : RecordCell.of(recipients.stream().map(wording::recipient).collect(Collectors.joining(", ")));
    }

    private RecordCell transfers(Purpose purpose) {
        List<String> parts = new ArrayList<>();
        boolean gap = false;
        for (Recipient recipient : recipientsFor(purpose)) {
            if (!Boolean.FALSE.equals(PolicyWording.isThirdCountry(recipient))) {
                RecordCell safeguard = wording.safeguard(recipient);
                gap |= safeguard.gap();
                parts.add(wording.recipient(recipient) + ": " + safeguard.text());
            }
        }
        return parts.isEmpty() ? RecordCell.of("none") : new RecordCell(String.join("; ", parts), gap);
    }

    private RecordCell retention(Purpose purpose) {
        Set<RetentionRule> rules = new LinkedHashSet<>();
        for (InventoryEntry entry : servingEntries(purpose)) {
            rules.addAll(InventoryTables.retentionRules(policy, entry));
        }
        return rules.isEmpty() ? RecordCell.NOT_STATED
                : RecordCell.of(rules.stream().map(PolicyWording::retention).collect(Collectors.joining("; ")));
    }

    private RecordCell measures() {
        Collection<SecurityMeasure> measures = policy.securityMeasures().values();
        return measures.isEmpty() ? RecordCell.NOT_STATED
                : RecordCell.of(measures.stream().map(SecurityMeasure::name).collect(Collectors.joining("; ")));
    }

    private RecordTable securityMeasures() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (SecurityMeasure measure : policy.securityMeasures().values()) {
            rows.add(List.of(RecordCell.of(measure.id()), RecordCell.of(measure.name()),
                    RecordCell.of(measure.description())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(RecordCell.of(""), RecordCell.NOT_STATED, RecordCell.NOT_STATED));
        }
        return new RecordTable("security", "Security measures", "The technical and organisational measures of"
                + " Art. 32(1), described in general terms (Art. 30(1)(g)).",
                List.of("Measure", "Name", "Description"), rows);
    }

    private RecordTable processorRecord() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (Purpose purpose : policy.purposes().values()) {
            if (purpose.isProcessing()) {
                rows.add(List.of(RecordCell.of(purpose.id()), wording.controller(), wording.contact(),
                        RecordCell.of(purpose.processorFor().controller()),
                        RecordCell.stated(purpose.processorFor().contact()), purposeText(purpose),
                        transfers(purpose), measures()));
            }
        }
        return new RecordTable("processor", "Art. 30(2) record", "The purposes for which the organisation"
                + " processes on behalf of another controller, with the columns of Art. 30(2)(a)-(d).",
                List.of("Purpose", "(a) Processor", "(a) Processor's contact", "(a) Controller on whose behalf",
                        "(a) Controller's contact", "(b) Categories of processing",
                        "(c) Transfers to third countries", "(d) Security measures"), rows);
    }

    private RecordTable dpia(DpiaScreening screening) {
        List<List<RecordCell>> rows = new ArrayList<>();
        List<Judgement> all = new ArrayList<>(screening.criteria());
        all.addAll(screening.cases());
        for (Judgement judgement : all) {
            rows.add(List.of(RecordCell.of(judgement.id()), RecordCell.of(judgement.title()),
                    RecordCell.of(judgement.reference()), RecordCell.of(judgement.met() ? "met" : "not met"),
                    RecordCell.of(String.join("\n", judgement.evidence()))));
        }
        String verdict = screening.criteriaMet().size() + " of " + screening.criteria().size() + " criteria met; "
                + (screening.likelyRequired() ? "a DPIA is likely required" : "a DPIA is not indicated")
                + (policy.dpia() == null ? "; the policy names none" : "; the policy names " + policy.dpia().reference());
        rows.add(List.of(RecordCell.of("verdict"), RecordCell.of("Screening result"), RecordCell.of("Art. 35(1)"),
                new RecordCell(screening.likelyRequired() ? "DPIA likely required" : "DPIA not indicated",
                        screening.likelyRequired() && policy.dpia() == null),
                RecordCell.of(verdict)));
        return new RecordTable("dpia", "DPIA screening", "The nine criteria of WP248 rev.01 and the cases of"
                + " Art. 35(3), each judged from the policy and the code, with the evidence.",
                List.of("Criterion", "Title", "Reference", "Met", "Evidence"), rows);
    }

    private List<Declaration> declarationsFor(Purpose purpose) {
        return policy.declarations().stream().filter(d -> d.purposes().contains(purpose.id())).toList();
    }

    private List<Recipient> recipientsFor(Purpose purpose) {
        return policy.recipients().values().stream().filter(r -> r.purposes().contains(purpose.id())).toList();
    }

    private List<InventoryEntry> servingEntries(Purpose purpose) {
        return personal.stream()
                .filter(e -> e.isDeclared() && e.declaration().purposes().contains(purpose.id()))
                .toList();
    }
}

package dev.lawful.check.dpia;

import dev.lawful.inventory.InventoryEntry;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.inventory.SubjectSuggestions;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Judges each criterion of the DPIA screening from the policy, the inventory and the recipients found. */
public final class DpiaScreener {

    private static final Wp248Criteria CRITERIA = Wp248Criteria.bundled();
    private static final Map<String, Predicate<Purpose>> FLAGS = Map.of(
            "profiling", Purpose::profiling,
            "directMarketing", Purpose::directMarketing,
            "automatedDecisions", Purpose::automatedDecisions,
            "largeScale", Purpose::largeScale);

    private final Policy policy;
    private final List<InventoryEntry> personal;
    private final List<RecipientUse> recipientUses;

    public DpiaScreener(Policy policy, List<InventoryEntry> inventory, List<RecipientUse> recipientUses) {
        this.policy = policy;
        this.personal = inventory.stream().filter(e -> e.classification().personal()).toList();
        this.recipientUses = List.copyOf(recipientUses);
    }

    public DpiaScreening screen() {
        Map<String, Judgement> judged = new LinkedHashMap<>();
        for (Criterion criterion : CRITERIA.criteria()) {
            judged.put(criterion.id(), judge(criterion));
        }
        List<Judgement> cases = CRITERIA.cases().stream().map(c -> judgeCase(c, judged)).toList();
        return new DpiaScreening(List.copyOf(judged.values()), cases);
    }

    private Judgement judge(Criterion criterion) {
        Criterion.Signals signals = criterion.signals();
        List<String> evidence = new ArrayList<>();
        List<String> lookedFor = new ArrayList<>();
        if (!signals.purposeFlags().isEmpty()) {
            purposeFlags(signals.purposeFlags(), evidence);
            lookedFor.add("a purpose marked " + String.join(" or ", signals.purposeFlags()));
        }
        if (!signals.dataUses().isEmpty()) {
            dataUses(signals.dataUses(), evidence);
            lookedFor.add("a purpose with the data use " + String.join(" or ", signals.dataUses()));
        }
        if (!signals.codeCategories().isEmpty()) {
            codeCategories(signals.codeCategories(), evidence);
            lookedFor.add("a field in the code holding " + String.join(", ", signals.codeCategories()));
        }
        if (signals.specialInCode()) {
            specialInCode(evidence);
            lookedFor.add("a field in the code holding a special category (Art. 9) or criminal data (Art. 10)");
        }
        if (!signals.servicesInBuild().isEmpty()) {
            servicesInBuild(signals.servicesInBuild(), evidence);
            lookedFor.add("the build using " + String.join(", ", signals.servicesInBuild()));
        }
        if (signals.vulnerableSubjects()) {
            vulnerableSubjects(evidence);
            lookedFor.add("vulnerable data subjects named in the policy or suggested by the code's types");
        }
        if (signals.combinedPurposes()) {
            combinedPurposes(evidence);
            lookedFor.add("a class whose personal data serves purposes of different data uses");
        }
        boolean met = !evidence.isEmpty();
        List<String> shown = met ? evidence : List.of("Not found: " + String.join("; ", lookedFor) + ".");
        return new Judgement(criterion.id(), criterion.title(), criterion.reference(), met, shown);
    }

    private static Judgement judgeCase(Criterion criterion, Map<String, Judgement> judged) {
        List<String> evidence = new ArrayList<>();
        boolean met = true;
        for (String id : criterion.allOf()) {
            Judgement part = judged.get(id);
            boolean partMet = part != null && part.met();
            met &= partMet;
            evidence.add((partMet ? "Met: " : "Not met: ") + (part == null ? id : part.title()) + ".");
        }
        return new Judgement(criterion.id(), criterion.title(), criterion.reference(), met, evidence);
    }

    private void purposeFlags(List<String> flags, List<String> evidence) {
        for (Purpose purpose : policy.purposes().values()) {
            for (String flag : flags) {
                if (FLAGS.getOrDefault(flag, p -> false).test(purpose)) {
                    evidence.add("The purpose '" + purpose.id() + "' is marked " + flag + " (" + purpose.ref() + ").");
                }
            }
        }
    }

    private void dataUses(List<String> uses, List<String> evidence) {
        for (Purpose purpose : policy.purposes().values()) {
            String use = purpose.dataUse();
            if (use != null && uses.stream().anyMatch(u -> within(use, u))) {
                evidence.add("The purpose '" + purpose.id() + "' has the data use " + use + " (" + purpose.ref() + ").");
            }
        }
    }

    private void codeCategories(List<String> categories, List<String> evidence) {
        for (InventoryEntry entry : personal) {
            for (String category : entry.classification().categories()) {
                if (categories.stream().anyMatch(c -> within(category, c))) {
                    evidence.add(holds(entry, category));
                    break;
                }
            }
        }
    }

    private void specialInCode(List<String> evidence) {
        for (InventoryEntry entry : personal) {
            for (String category : entry.classification().categories()) {
                if (policy.category(category).map(DataCategory::special).orElse(false)) {
                    evidence.add(holds(entry, category) + " It is a special category.");
                    break;
                }
            }
        }
    }

    private void servicesInBuild(List<String> services, List<String> evidence) {
        Set<String> seen = new LinkedHashSet<>();
        for (RecipientUse use : recipientUses) {
            String service = serviceOf(use.serviceId());
            if (services.contains(service) && seen.add(service + " " + use.evidence())) {
                String name = policy.services().containsKey(service) ? policy.services().get(service).name() : service;
                evidence.add("The build uses " + name + ": " + use.evidence() + " (" + use.file()
                        + (use.line() > 0 ? ":" + use.line() : "") + ").");
            }
        }
    }

    private String serviceOf(String serviceOrRecipient) {
        Recipient recipient = policy.recipients().get(serviceOrRecipient);
        return recipient != null && recipient.service() != null ? recipient.service() : serviceOrRecipient;
    }

    private void vulnerableSubjects(List<String> evidence) {
        for (Purpose purpose : policy.purposes().values()) {
            vulnerable(purpose.dataSubjects()).forEach(s -> evidence.add("The purpose '" + purpose.id()
                    + "' is about " + describe(s) + " (" + purpose.ref() + ")."));
        }
        for (Declaration declaration : policy.declarations()) {
            vulnerable(declaration.dataSubjects()).forEach(s -> evidence.add("The declaration '" + declaration.id()
                    + "' is about " + describe(s) + " (" + declaration.ref() + ")."));
        }
        for (SubjectSuggestions.Suggestion suggestion : new SubjectSuggestions(policy).suggest(personal)) {
            if (suggestion.subject().vulnerable()) {
                evidence.add("The code's types suggest " + describe(suggestion.subject()) + ": "
                        + String.join(", ", suggestion.classes()) + ".");
            }
        }
    }

    private static String describe(DataSubject subject) {
        return "the vulnerable data subjects " + subject.id() + " (" + subject.name() + ")";
    }

    private List<DataSubject> vulnerable(List<String> subjectIds) {
        return subjectIds.stream().map(policy.subjects()::get)
                .filter(s -> s != null && s.vulnerable()).toList();
    }

    private void combinedPurposes(List<String> evidence) {
        Map<String, Set<String>> usesByClass = new TreeMap<>();
        Map<String, Set<String>> purposesByClass = new TreeMap<>();
        for (InventoryEntry entry : personal) {
            if (!entry.isDeclared()) {
                continue;
            }
            for (String purposeId : entry.declaration().purposes()) {
                Purpose purpose = policy.purposes().get(purposeId);
                String use = purpose == null || purpose.dataUse() == null ? purposeId : topLevel(purpose.dataUse());
                usesByClass.computeIfAbsent(entry.element().className(), c -> new TreeSet<>()).add(use);
                purposesByClass.computeIfAbsent(entry.element().className(), c -> new TreeSet<>()).add(purposeId);
            }
        }
        usesByClass.forEach((className, uses) -> {
            if (uses.size() > 1) {
                evidence.add("The personal data of " + className + " serves the purposes "
                        + String.join(", ", purposesByClass.get(className)) + ", of different data uses ("
                        + String.join(", ", uses) + ").");
            }
        });
    }

    private static String holds(InventoryEntry entry, String category) {
        var element = entry.element();
        return element.id() + " (" + element.file() + (element.line() > 0 ? ":" + element.line() : "") + ") holds "
                + category + ".";
    }

    private static String topLevel(String dataUse) {
        int dot = dataUse.indexOf('.');
        return dot < 0 ? dataUse : dataUse.substring(0, dot);
    }

    private static boolean within(String id, String ancestor) {
        return id.equals(ancestor) || id.startsWith(ancestor + ".");
    }
}

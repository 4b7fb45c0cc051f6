package dev.lawful.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A composed, validated policy: a base taxonomy with the organisation's rule files on top.
 * Immutable; maps keep the order in which entries were written.
 *
 * @param files the rule files it was composed from, base first
 * @param disclosedCategories the categories the policy says it holds (Art. 13(1)(e)/14(1)(d));
 *     null when no file in the chain says (then disclosure is not checked)
 * @param rights data-subject rights the policy grants: access, rectification, erasure,
 *     restriction, portability, objection, withdraw-consent, complaint, automated-decision
 * @param subjects the kinds of data subjects the taxonomy knows, by fideslang key
 * @param securityMeasures the Art. 32 measures the policy describes (Art. 30(1)(g))
 * @param dpia the impact assessment the policy names, or null when it names none
 * @param vocabulary the words the rule files add to the classifiers' vocabulary, in chain order
 * @param locations where things without a record of their own were written, for messages
 *     that point into the rule file: a top-level key ({@code "rights"}, {@code "controller"},
 *     {@code "id"}) or a list entry as key and value ({@code "rights/access"},
 *     {@code "disclosedCategories/user.contact"}); empty for a policy built in code
 * @param sinks where data can leave a method (loggers, SDKs, HTTP clients), by id
 * @param flow the words the flow analysis reads calls by (sanitizers, tests, mutators)
 */
public record Policy(
        String id,
        String name,
        List<String> files,
        Controller controller,
        String register,
        String created,
        Map<String, LegalBasis> legalBases,
        Map<String, TransferMechanism> transferMechanisms,
        Map<String, Purpose> purposes,
        Map<String, DataCategory> categories,
        List<String> disclosedCategories,
        Map<String, RetentionRule> retention,
        Map<String, Service> services,
        Map<String, Recipient> recipients,
        List<CookieGroup> cookies,
        List<String> sources,
        List<String> rights,
        List<Declaration> declarations,
        List<ClassificationOverride> overrides,
        Map<String, DataSubject> subjects,
        Map<String, SecurityMeasure> securityMeasures,
        ImpactAssessment dpia,
        List<VocabularyAddition> vocabulary,
        Map<String, SourceRef> locations,
        Map<String, Sink> sinks,
        FlowVocabulary flow) {

    /** A policy whose files add no words to the classifiers' vocabulary and name no sinks. */
    public Policy(String id, String name, List<String> files, Controller controller, String register, String created,
            Map<String, LegalBasis> legalBases, Map<String, TransferMechanism> transferMechanisms,
            Map<String, Purpose> purposes, Map<String, DataCategory> categories, List<String> disclosedCategories,
            Map<String, RetentionRule> retention, Map<String, Service> services, Map<String, Recipient> recipients,
            List<CookieGroup> cookies, List<String> sources, List<String> rights, List<Declaration> declarations,
            List<ClassificationOverride> overrides, Map<String, DataSubject> subjects,
            Map<String, SecurityMeasure> securityMeasures, ImpactAssessment dpia, Map<String, SourceRef> locations) {
        this(id, name, files, controller, register, created, legalBases, transferMechanisms, purposes, categories,
                disclosedCategories, retention, services, recipients, cookies, sources, rights, declarations, overrides,
                subjects, securityMeasures, dpia, List.of(), locations, Map.of(), FlowVocabulary.NONE);
    }

    public Policy {
        files = List.copyOf(files);
        legalBases = frozen(legalBases);
        transferMechanisms = frozen(transferMechanisms);
        purposes = frozen(purposes);
        categories = frozen(categories);
        disclosedCategories = disclosedCategories == null ? null : List.copyOf(disclosedCategories);
        retention = frozen(retention);
        services = frozen(services);
        recipients = frozen(recipients);
        cookies = List.copyOf(cookies);
        sources = List.copyOf(sources);
        rights = List.copyOf(rights);
        declarations = List.copyOf(declarations);
        overrides = List.copyOf(overrides);
        subjects = frozen(subjects);
        securityMeasures = frozen(securityMeasures);
        vocabulary = List.copyOf(vocabulary);
        locations = frozen(locations);
        sinks = frozen(sinks);
        flow = flow == null ? FlowVocabulary.NONE : flow;
    }

    /**
     * Where a top-level key or a list entry was written, falling back to the policy's own
     * id, then to the last rule file.
     *
     * @param key a key of {@link #locations()}
     */
    public SourceRef locate(String key) {
        SourceRef ref = locations.get(key);
        if (ref == null) {
            ref = locations.get("id");
        }
        if (ref == null) {
            ref = SourceRef.of(files.isEmpty() ? id : files.get(files.size() - 1));
        }
        return ref;
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Builds an ordered id map from values. */
    public static <V> Map<String, V> byId(List<V> values, Function<V, String> id) {
        Map<String, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(id.apply(v), v));
        return map;
    }

    public Optional<DataCategory> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** Whether the policy discloses {@code categoryId}, directly or through an ancestor. */
    public boolean discloses(String categoryId) {
        if (disclosedCategories == null) {
            return true;
        }
        return disclosedCategories.stream()
                .anyMatch(d -> DataCategory.isWithin(categoryId, d));
    }
}

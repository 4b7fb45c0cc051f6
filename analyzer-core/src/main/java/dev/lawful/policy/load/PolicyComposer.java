package dev.lawful.policy.load;

import dev.lawful.policy.ClassificationOverride;
import dev.lawful.policy.Controller;
import dev.lawful.policy.CookieGroup;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.SecurityMeasure;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.Service;
import dev.lawful.policy.Sink;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.SourceRef;
import dev.lawful.policy.TransferMechanism;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Composes rule files, base first, into one policy: an entry with the id of an earlier one
 * replaces it; declarations, classification overrides, sources and rights add up; scalars
 * and {@code disclosedCategories} are the last file's that has them; sinks replace by id and
 * the {@code flow} vocabulary adds up.
 */
final class PolicyComposer {

    private final Problems problems;
    /** For each replaceable entry ("purposes/marketing"), the file whose version survived. */
    private final Map<String, String> survivors = new HashMap<>();

    PolicyComposer(Problems problems) {
        this.problems = problems;
    }

    /** Whether a reference's entry survived composition, so that the reference is in force. */
    boolean isLive(Reference reference) {
        return reference.owner() == null || reference.ref().file().equals(survivors.get(reference.owner()));
    }

    Policy compose(List<RuleFile> chain) {
        checkUniquePolicyIds(chain);
        RuleFile top = chain.get(chain.size() - 1);
        Map<String, LegalBasis> legalBases = merge(chain, f -> f.legalBases, LegalBasis::id, IdKind.LEGAL_BASIS);
        Map<String, TransferMechanism> mechanisms =
                merge(chain, f -> f.transferMechanisms, TransferMechanism::id, IdKind.TRANSFER_MECHANISM);
        Map<String, Purpose> purposes = merge(chain, f -> f.purposes, Purpose::id, IdKind.PURPOSE);
        Map<String, DataCategory> categories =
                withAdditions(merge(chain, f -> f.categories, DataCategory::id, IdKind.CATEGORY), chain);
        Map<String, RetentionRule> retention = merge(chain, f -> f.retention, RetentionRule::id, IdKind.RETENTION);
        Map<String, Service> services = merge(chain, f -> f.services, Service::id, IdKind.SERVICE);
        Map<String, Recipient> recipients = completed(
                merge(chain, f -> f.recipients, Recipient::id, IdKind.RECIPIENT), services);
        Map<String, Sink> sinks = merge(chain, f -> f.sinks, Sink::id, IdKind.SINK);
        FlowVocabulary flow = chain.stream().map(f -> f.flow).reduce(FlowVocabulary.NONE, FlowVocabulary::plus);
        Map<String, CookieGroup> cookies = merge(chain, f -> f.cookies, CookieGroup::id, IdKind.COOKIE_GROUP);
        Map<String, DataSubject> subjects = merge(chain, f -> f.subjects, DataSubject::id, IdKind.SUBJECT);
        Map<String, SecurityMeasure> measures =
                merge(chain, f -> f.securityMeasures, SecurityMeasure::id, IdKind.SECURITY_MEASURE);
        checkUniqueDeclarationIds(chain);
        return new Policy(top.id, last(chain, f -> f.name), chain.stream().map(f -> f.file).toList(),
                last(chain, f -> f.controller), last(chain, f -> f.register), last(chain, f -> f.created),
                legalBases, mechanisms, purposes, categories, disclosedCategories(chain), retention, services,
                recipients, List.copyOf(cookies.values()), concat(chain, f -> f.sources, true),
                concat(chain, f -> f.rights, true), concat(chain, f -> f.declarations, false),
                concat(chain, f -> f.overrides, false), subjects, measures, last(chain, f -> f.dpia),
                concat(chain, f -> f.vocabulary, false), locations(chain), sinks, flow);
    }

    private <V> Map<String, V> merge(List<RuleFile> chain, Function<RuleFile, List<V>> entries,
            Function<V, String> id, IdKind kind) {
        Map<String, V> merged = new LinkedHashMap<>();
        for (RuleFile file : chain) {
            for (V entry : entries.apply(file)) {
                String key = id.apply(entry);
                if (key != null) {
                    merged.put(key, entry);
                    survivors.put(kind.owner(key), file.file);
                }
            }
        }
        return merged;
    }

    /** The composed categories with every file's {@code detection:} patterns added, in chain order. */
    private static Map<String, DataCategory> withAdditions(Map<String, DataCategory> categories, List<RuleFile> chain) {
        Map<String, DataCategory> extended = new LinkedHashMap<>(categories);
        for (RuleFile file : chain) {
            for (DetectionAddition addition : file.detectionAdditions) {
                DataCategory category = extended.get(addition.category());
                if (category != null) {
                    extended.put(category.id(), new DataCategory(category.id(), category.name(), category.description(),
                            category.special(), category.detection().plus(addition.detection()),
                            category.positiveExamples(), category.negativeExamples(), category.personal(),
                            category.traits(), category.ref()));
                }
            }
        }
        return extended;
    }

    /** A recipient that names a known service takes its name and country unless it gives its own. */
    private static Map<String, Recipient> completed(Map<String, Recipient> recipients, Map<String, Service> services) {
        Map<String, Recipient> completed = new LinkedHashMap<>();
        recipients.forEach((id, r) -> {
            Service service = r.service() == null ? null : services.get(r.service());
            String name = r.name() != null ? r.name() : service != null ? service.name() : id;
            String country = r.country() != null || service == null ? r.country() : service.country();
            completed.put(id, new Recipient(id, name, r.service(), country, r.purposes(), r.categories(),
                    r.transfer(), r.signatures(), r.ref()));
        });
        return completed;
    }

    private List<String> disclosedCategories(List<RuleFile> chain) {
        List<String> disclosed = null;
        for (RuleFile file : chain) {
            if (file.disclosedCategories != null) {
                disclosed = file.disclosedCategories;
                survivors.put("disclosedCategories", file.file);
            }
        }
        return disclosed;
    }

    private static <V> V last(List<RuleFile> chain, Function<RuleFile, V> value) {
        V last = null;
        for (RuleFile file : chain) {
            V candidate = value.apply(file);
            if (candidate != null) {
                last = candidate;
            }
        }
        return last;
    }

    private static <V> List<V> concat(List<RuleFile> chain, Function<RuleFile, List<V>> values, boolean distinct) {
        List<V> all = new ArrayList<>();
        chain.forEach(f -> all.addAll(values.apply(f)));
        return distinct ? List.copyOf(new LinkedHashSet<>(all)) : all;
    }

    private static Map<String, SourceRef> locations(List<RuleFile> chain) {
        Map<String, SourceRef> locations = new LinkedHashMap<>();
        chain.forEach(f -> locations.putAll(f.locations));
        RuleFile top = chain.get(chain.size() - 1);
        if (top.idRef != null) {
            locations.put("id", top.idRef);
        }
        return locations;
    }

    private void checkUniquePolicyIds(List<RuleFile> chain) {
        Map<String, RuleFile> seen = new HashMap<>();
        for (RuleFile file : chain) {
            RuleFile first = file.id == null ? null : seen.putIfAbsent(file.id, file);
            if (first != null) {
                problems.add(file.idRef, "rule file id '" + file.id + "' is already used by " + first.file
                        + " in the same extends chain; give each rule file its own id");
            }
        }
    }

    private void checkUniqueDeclarationIds(List<RuleFile> chain) {
        Map<String, SourceRef> seen = new HashMap<>();
        Set<String> sameFile = new java.util.HashSet<>();
        for (RuleFile file : chain) {
            for (Declaration declaration : file.declarations) {
                if (declaration.id() == null) {
                    continue;
                }
                SourceRef first = seen.putIfAbsent(declaration.id(), declaration.ref());
                // duplicates within one file are already reported by the parser
                if (first != null && !first.file().equals(file.file) && sameFile.add(declaration.id())) {
                    problems.add(declaration.ref(), "duplicate declaration id '" + declaration.id()
                            + "' (first in " + first + "); declarations add up across files, so ids must differ");
                }
            }
        }
    }
}

package dev.lawful.policy.load;

import dev.lawful.policy.ClassificationOverride;
import dev.lawful.policy.Controller;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.ImpactAssessment;
import dev.lawful.policy.SecurityMeasure;
import dev.lawful.policy.CookieGroup;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.Service;
import dev.lawful.policy.Sink;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.SourceRef;
import dev.lawful.policy.TransferMechanism;
import dev.lawful.policy.VocabularyAddition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule file as written, before composition. Parsers fill it; the composer reads it.
 * Entries whose fields had problems are kept with what could be read, so that references
 * to them still resolve and one typo does not cause a cascade of messages.
 */
final class RuleFile {

    final String file;
    String id;
    SourceRef idRef;
    String name;
    final List<Scalar> extendsRefs = new ArrayList<>();
    Controller controller;
    String register;
    String created;
    final List<LegalBasis> legalBases = new ArrayList<>();
    final List<TransferMechanism> transferMechanisms = new ArrayList<>();
    final List<Purpose> purposes = new ArrayList<>();
    final List<DataCategory> categories = new ArrayList<>();
    final List<DetectionAddition> detectionAdditions = new ArrayList<>();
    final List<VocabularyAddition> vocabulary = new ArrayList<>();
    List<String> disclosedCategories;
    final List<RetentionRule> retention = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final List<Sink> sinks = new ArrayList<>();
    FlowVocabulary flow = FlowVocabulary.NONE;
    final List<Recipient> recipients = new ArrayList<>();
    final List<CookieGroup> cookies = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final List<String> rights = new ArrayList<>();
    final List<Declaration> declarations = new ArrayList<>();
    final List<ClassificationOverride> overrides = new ArrayList<>();
    final List<DataSubject> subjects = new ArrayList<>();
    final List<SecurityMeasure> securityMeasures = new ArrayList<>();
    ImpactAssessment dpia;
    final List<Reference> references = new ArrayList<>();
    final Map<String, SourceRef> locations = new LinkedHashMap<>();

    RuleFile(String file) {
        this.file = file;
    }
}

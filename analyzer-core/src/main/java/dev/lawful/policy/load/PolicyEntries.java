package dev.lawful.policy.load;

import dev.lawful.policy.ClassificationOverride;
import dev.lawful.policy.Controller;
import dev.lawful.policy.CookieGroup;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.ImpactAssessment;
import dev.lawful.policy.SecurityMeasure;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.Signatures;
import dev.lawful.policy.Transfer;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the organisation's sections: controller, purposes, retention, recipients, cookies, code bindings. */
final class PolicyEntries {

    static final List<String> CONTROLLER_KEYS = List.of("name", "address", "entities", "contact");
    static final List<String> ENTITY_KEYS = List.of("name", "country", "businessId");
    static final List<String> CONTACT_KEYS = List.of("name", "role", "email", "phone");
    static final List<String> CONTACT_ROLES = List.of("dpo", "representative", "contact");
    static final List<String> PURPOSE_KEYS = List.of("id", "name", "description", "dataUse", "legalBases",
            "legalBasesInterpreted", "profiling", "directMarketing", "dataSubjects", "automatedDecisions", "largeScale",
            "processorFor");
    static final List<String> PROCESSOR_FOR_KEYS = List.of("controller", "contact");
    static final List<String> SECURITY_MEASURE_KEYS = List.of("id", "name", "description");
    static final List<String> DPIA_KEYS = List.of("reference", "date");
    static final List<String> RETENTION_KEYS = List.of("id", "period", "from", "description", "categories");
    static final List<String> RECIPIENT_KEYS =
            List.of("id", "name", "service", "country", "purposes", "categories", "transfer", "detect");
    static final List<String> TRANSFER_KEYS = List.of("mechanism", "reference");
    static final List<String> COOKIE_KEYS = List.of("id", "name", "description", "purposes", "recipients", "consent");
    static final List<String> CONSENT_KINDS = List.of("required", "implied", "none");
    static final List<String> DECLARATION_KEYS =
            List.of("id", "classes", "fields", "categories", "purposes", "legalBasis", "retention", "dataSubjects");
    static final List<String> OVERRIDE_KEYS = List.of("classes", "fields", "personal", "category", "reason");

    private static final Pattern CLASS_GLOB = Pattern.compile("[A-Za-z0-9_$*]+(\\.[A-Za-z0-9_$*]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FIELD = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private final EntryReader reader;
    private final TaxonomyEntries taxonomy;

    PolicyEntries(EntryReader reader, TaxonomyEntries taxonomy) {
        this.reader = reader;
        this.taxonomy = taxonomy;
    }

    void read(YamlMap root) {
        RuleFile file = reader.target();
        root.map("controller", "controller", CONTROLLER_KEYS).ifPresent(m -> file.controller = controller(m));
        reader.eachMap(root, "purposes", "purpose", PURPOSE_KEYS, m -> file.purposes.add(purpose(m)));
        reader.eachMap(root, "retention", "retention rule", RETENTION_KEYS, m -> file.retention.add(retention(m)));
        reader.eachMap(root, "recipients", "recipient", RECIPIENT_KEYS, m -> file.recipients.add(recipient(m)));
        reader.eachMap(root, "cookies", "cookie group", COOKIE_KEYS, m -> file.cookies.add(cookieGroup(m)));
        reader.eachMap(root, "declarations", "declaration", DECLARATION_KEYS,
                m -> file.declarations.add(declaration(m)));
        reader.eachMap(root, "classification", "classification override", OVERRIDE_KEYS,
                m -> file.overrides.add(override(m)));
        reader.eachMap(root, "securityMeasures", "security measure", SECURITY_MEASURE_KEYS,
                m -> file.securityMeasures.add(securityMeasure(m)));
        root.map("dpia", "'dpia'", DPIA_KEYS).ifPresent(m -> file.dpia = impactAssessment(m));
    }

    private SecurityMeasure securityMeasure(YamlMap map) {
        return new SecurityMeasure(reader.id(map, IdKind.SECURITY_MEASURE), map.requiredText("name"),
                map.text("description"), map.where());
    }

    private ImpactAssessment impactAssessment(YamlMap map) {
        Scalar date = map.scalar("date");
        if (date != null && !ISO_DATE.matcher(date.value()).matches()) {
            reader.context().error(date.ref(), "expected a date as YYYY-MM-DD for 'date' in 'dpia', found '"
                    + ParseContext.abbreviate(date.value()) + "'");
        }
        return new ImpactAssessment(map.requiredText("reference"), map.text("date"), map.where());
    }

    private Controller controller(YamlMap map) {
        List<Controller.LegalEntity> entities = new java.util.ArrayList<>();
        reader.eachMap(map, "entities", "controller entity", ENTITY_KEYS, m -> entities.add(
                new Controller.LegalEntity(m.requiredText("name"), reader.country(m), m.text("businessId"))));
        Controller.Contact contact = map.map("contact", "the controller's contact", CONTACT_KEYS)
                .map(this::contact).orElse(null);
        return new Controller(map.text("name"), map.text("address"), entities, contact, map.where());
    }

    private Controller.Contact contact(YamlMap map) {
        return new Controller.Contact(map.text("name"), map.choice("role", CONTACT_ROLES),
                texts(map.scalarOrScalars("email")), texts(map.scalarOrScalars("phone")), map.where());
    }

    private Purpose purpose(YamlMap map) {
        String id = reader.id(map, IdKind.PURPOSE);
        String dataUse = reader.formatted(map.scalar("dataUse"), EntryReader.DOTTED_ID,
                "a fideslang data use (essential.service.payment_processing)", "dataUse", map.what()).orElse(null);
        return new Purpose(id, map.requiredText("name"), map.text("description"), dataUse,
                reader.refer(IdKind.LEGAL_BASIS, map.scalars("legalBases"), IdKind.PURPOSE.owner(id)),
                map.flag("profiling", false), map.flag("directMarketing", false),
                map.flag("legalBasesInterpreted", false),
                reader.refer(IdKind.SUBJECT, map.scalars("dataSubjects"), IdKind.PURPOSE.owner(id)),
                map.flag("automatedDecisions", false), map.flag("largeScale", false),
                map.map("processorFor", "'processorFor' of " + map.what(), PROCESSOR_FOR_KEYS)
                        .map(m -> new Purpose.OnBehalfOf(m.requiredText("controller"), m.text("contact"), m.where()))
                        .orElse(null),
                map.where());
    }

    private RetentionRule retention(YamlMap map) {
        String id = reader.id(map, IdKind.RETENTION);
        return new RetentionRule(id, period(map), map.text("from"), map.text("description"),
                reader.refer(IdKind.CATEGORY, map.scalars("categories"), IdKind.RETENTION.owner(id)), map.where());
    }

    private Period period(YamlMap map) {
        Scalar period = map.requiredScalar("period");
        if (period == null) {
            return null;
        }
        try {
            Period parsed = Period.parse(period.value());
            if (parsed.isNegative()) {
                reader.context().error(period.ref(), "expected a period that is not negative for 'period' in "
                        + map.what() + ", found '" + period.value() + "'");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            reader.context().error(period.ref(), "expected an ISO-8601 period (P30D, P6M, P3Y, P1Y6M) for 'period'"
                    + " in " + map.what() + ", found '" + ParseContext.abbreviate(period.value()) + "'");
            return null;
        }
    }

    private Recipient recipient(YamlMap map) {
        String id = reader.id(map, IdKind.RECIPIENT);
        String owner = IdKind.RECIPIENT.owner(id);
        if (!map.has("name") && !map.has("service")) {
            reader.context().error(map.where(), "missing key 'name' or 'service' in " + map.what()
                    + ": say who the recipient is, or which known service it is");
        }
        Transfer transfer = map.map("transfer", "'transfer' of " + map.what(), TRANSFER_KEYS)
                .map(m -> transfer(m, owner)).orElse(null);
        Signatures signatures = map.map("detect", "'detect' of " + map.what(), TaxonomyEntries.SIGNATURE_KEYS)
                .map(taxonomy::signatures).orElse(Signatures.NONE);
        return new Recipient(id, map.text("name"), reader.refer(IdKind.SERVICE, map.scalar("service"), owner),
                reader.country(map), reader.refer(IdKind.PURPOSE, map.scalars("purposes"), owner),
                reader.refer(IdKind.CATEGORY, map.scalars("categories"), owner), transfer, signatures, map.where());
    }

    private Transfer transfer(YamlMap map, String owner) {
        return new Transfer(reader.refer(IdKind.TRANSFER_MECHANISM, map.requiredScalar("mechanism"), owner),
                map.text("reference"), map.where());
    }

    private CookieGroup cookieGroup(YamlMap map) {
        String id = reader.id(map, IdKind.COOKIE_GROUP);
        String owner = IdKind.COOKIE_GROUP.owner(id);
        if (!map.has("consent")) {
            reader.context().error(map.where(), "missing required key 'consent' in " + map.what()
                    + " (expected one of: " + String.join(", ", CONSENT_KINDS) + ")");
        }
        return new CookieGroup(id, map.requiredText("name"), map.text("description"),
                reader.refer(IdKind.PURPOSE, map.scalars("purposes"), owner),
                reader.refer(IdKind.RECIPIENT, map.scalars("recipients"), owner),
                map.choice("consent", CONSENT_KINDS), map.where());
    }

    private Declaration declaration(YamlMap map) {
        String id = reader.id(map, IdKind.DECLARATION);
        return new Declaration(id, classes(map),
                reader.formatted(map, "fields", FIELD, "a field name"),
                reader.refer(IdKind.CATEGORY, map.scalars("categories"), null),
                reader.refer(IdKind.PURPOSE, map.scalars("purposes"), null),
                reader.refer(IdKind.LEGAL_BASIS, map.scalar("legalBasis"), null),
                reader.refer(IdKind.RETENTION, map.scalar("retention"), null),
                reader.refer(IdKind.SUBJECT, map.scalars("dataSubjects"), null), map.where());
    }

    private ClassificationOverride override(YamlMap map) {
        if (!map.has("personal")) {
            reader.context().error(map.where(), "missing required key 'personal' in " + map.what());
        }
        return new ClassificationOverride(classes(map), reader.formatted(map, "fields", FIELD, "a field name"),
                map.flag("personal", false), reader.refer(IdKind.CATEGORY, map.scalar("category"), null),
                map.requiredText("reason"), map.where());
    }

    private List<String> classes(YamlMap map) {
        if (!map.has("classes")) {
            reader.context().error(map.where(), "missing required key 'classes' in " + map.what());
        }
        return reader.formatted(map, "classes", CLASS_GLOB,
                "a class name or glob ('*' within a package, '**' across: com.shop.**.Customer)");
    }

    private static List<String> texts(List<Scalar> scalars) {
        return scalars.stream().map(Scalar::value).toList();
    }
}

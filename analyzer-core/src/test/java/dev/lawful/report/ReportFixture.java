package dev.lawful.report;

import dev.lawful.Result;
import dev.lawful.bind.BoundDeclaration;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.RuleDescriptor;
import dev.lawful.check.Severity;
import dev.lawful.check.SnippetCollector;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Evidence.Signal;
import dev.lawful.classify.Evidence;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Controller;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.Detection;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.Service;
import dev.lawful.policy.Signatures;
import dev.lawful.policy.SourceRef;
import dev.lawful.policy.Transfer;
import dev.lawful.policy.TransferMechanism;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.ParseProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing the web shop under src/test/resources/reports/webshop, built by
 * hand: the comments in those files say which finding each line must raise, and the lines
 * here are looked up in the files by the text on them, so the snippets match.
 */
public final class ReportFixture {

    public static final Path BASE = Path.of("src/test/resources/reports/webshop");

    static final String CUSTOMER = "src/main/java/com/jalonom/shop/customer/Customer.java";
    public static final String PROFILE = "src/main/java/com/jalonom/shop/customer/Profile.java";
    static final String ORDER = "src/main/java/com/jalonom/shop/order/Order.java";
    static final String CARD = "src/main/java/com/jalonom/shop/payment/Card.java";
    static final String PATIENT = "src/main/java/com/jalonom/shop/clinic/Patient.java";
    static final String TRACKER = "src/main/java/com/jalonom/shop/tracking/Tracker.java";
    static final String RULES = "lawful.yaml";
    static final String JAR_ENTRY = "lib/crm-model-2.1.jar!/com/acme/crm/Contact.class";

    private ReportFixture() {
    }

    /** The web shop's analysis result, with snippets read from the fixture files. */
    public static Result webshop() {
        Result result = new Result(policy(), inventory(), findings(), problems(), recipientUses(),
                new Result.Stats(7, 1, 8, 17));
        return result.withRules(rules()).withSnippets(new SnippetCollector(BASE).collect(result.findings()));
    }

    /** The 1-based line of {@code file} that first contains {@code text}. */
    public static int line(String file, String text) {
        try {
            List<String> lines = Files.readAllLines(BASE.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " has no line with " + text);
    }

    static Policy policy() {
        var contract = basis("contract", "Contract", "6(1)(b)");
        var accounting = basis("accounting-law", "Accounting law", "6(1)(c)");
        var consent = basis("consent", "Consent", "6(1)(a)");
        var purposes = List.of(
                new Purpose("order-handling", "Order handling and invoicing", null, null,
                        List.of("contract", "accounting-law"), false, false, rulesRef("id: order-handling")),
                new Purpose("customer-relationship", "Customer relationship", null, null, List.of("contract"),
                        false, false, rulesRef("id: customer-relationship")),
                new Purpose("marketing", "Marketing <b>newsletters</b>", null, null, List.of("consent"),
                        false, true, rulesRef("id: marketing")));
        var categories = List.of(
                category("user.contact.email", "E-mail address", false),
                category("user.contact.phone", "Phone number", false),
                category("user.contact.address", "Postal address", false),
                category("user.name", "Name", false),
                category("user.financial.credit_card", "Payment card number", false),
                category("user.device.ip_address", "IP address", false),
                category("user.content.self_image", "Self-description", false),
                category("user.health", "Health data", true));
        var retention = new RetentionRule("customer-account", Period.ofYears(3), "account-closed", null, List.of(),
                rulesRef("id: customer-account"));
        var services = List.of(
                new Service("stripe", "Stripe", "US", new Signatures(List.of("com.stripe:*"), List.of(), List.of()),
                        SourceRef.of("builtin:gdpr")),
                new Service("google-analytics", "Google Analytics", "US",
                        new Signatures(List.of(), List.of(), List.of("www.google-analytics.com")),
                        SourceRef.of("builtin:gdpr")),
                new Service("sentry", "Sentry", "US", new Signatures(List.of("io.sentry:*"), List.of(), List.of()),
                        SourceRef.of("builtin:gdpr")));
        var recipients = List.of(
                new Recipient("stripe", "Stripe", "stripe", "US", List.of("order-handling"), List.of("user.financial"),
                        new Transfer("scc", "EU SCC 2021/914", rulesRef("transfer:")), Signatures.NONE,
                        rulesRef("id: stripe")),
                new Recipient("google-analytics", "Google Analytics", "google-analytics", "US", List.of("marketing"),
                        List.of("user.device"), null, Signatures.NONE, rulesRef("id: google-analytics")));
        var declarations = List.of(
                new Declaration("customer-account", List.of("com.jalonom.shop.customer.Customer"), List.of(), List.of(),
                        List.of("customer-relationship"), "contract", "customer-account",
                        rulesRef("classes: [\"com.jalonom.shop.customer.Customer\"]")),
                new Declaration("pharmacy", List.of("Patient"), List.of("name"), List.of(), List.of("order-handling"),
                        "contract", "customer-account", rulesRef("id: pharmacy")));
        return new Policy("webshop", "Webshop privacy policy", List.of("builtin:gdpr", RULES),
                new Controller("Jalonom", "Vanha Maantie 1, 02650 Esbo, Finland", List.of(),
                        new Controller.Contact("Kimmo Korkiakoski", "representative", List.of("privacy@jalonom.example"),
                                List.of(), null), null),
                "Jalonom customer register", "2018-07-08",
                Policy.byId(List.of(contract, accounting, consent), LegalBasis::id),
                Policy.byId(List.of(new TransferMechanism("scc", "Standard contractual clauses", "46(2)(c)", null)),
                        TransferMechanism::id),
                Policy.byId(purposes, Purpose::id),
                Policy.byId(categories, DataCategory::id),
                List.of("user.name", "user.contact", "user.financial", "user.health"),
                Policy.byId(List.of(retention), RetentionRule::id),
                Policy.byId(services, Service::id),
                Policy.byId(recipients, Recipient::id),
                List.of(), List.of("web forms"), List.of("access", "erasure"), declarations, List.of(),
                Map.of(), Map.of(), null, Map.of());
    }

    private static LegalBasis basis(String id, String name, String article) {
        return new LegalBasis(id, name, article, LegalBasis.Kind.LAWFUL_BASIS, null, null, SourceRef.of("builtin:gdpr"));
    }

    private static DataCategory category(String id, String name, boolean special) {
        return new DataCategory(id, name, null, special, Detection.NONE, List.of(), List.of(),
                SourceRef.of("builtin:gdpr"));
    }

    private static SourceRef rulesRef(String text) {
        return new SourceRef(RULES, line(RULES, text), 5);
    }

    static List<InventoryEntry> inventory() {
        var customerAccount = new BoundDeclaration(BoundDeclaration.Source.YAML, "customer-account", List.of(),
                List.of("customer-relationship"), "contract", "customer-account", rulesRef("classes: [\"com.jalonom.shop.customer.Customer\"]"));
        var pharmacy = new BoundDeclaration(BoundDeclaration.Source.YAML, "pharmacy", List.of(),
                List.of("order-handling"), "contract", "customer-account", rulesRef("id: pharmacy"));
        var cardAnnotation = new BoundDeclaration(BoundDeclaration.Source.ANNOTATION, null,
                List.of("user.financial.credit_card"), List.of("order-handling"), "contract", null,
                new SourceRef(CARD, line(CARD, "@PersonalData"), 5));
        List<InventoryEntry> entries = new ArrayList<>();
        entries.add(new InventoryEntry(new CodeElement("com.acme.crm.Contact", "mobile", CodeElement.Kind.FIELD,
                "String", false, false, List.of(), null, JAR_ENTRY, 0, 0, Origin.BYTECODE),
                personal("user.contact.phone", 0.8, token("mobile", "user.contact.phone", 0.8)), null));
        entries.add(field(PATIENT, "com.jalonom.shop.clinic.Patient", "name", "String", "String name,", pharmacy,
                personal("user.name", 0.9, token("name", "user.name", 0.7),
                        new Evidence(Signal.CONTEXT, "record Patient is about a person", null, 0.2))));
        entries.add(field(PATIENT, "com.jalonom.shop.clinic.Patient", "diagnosis", "String", "String diagnosis)", null,
                personal("user.health", 0.95, token("diagnosis", "user.health", 0.95))));
        entries.add(field(CARD, "com.jalonom.shop.payment.Card", "cardNumber", "String", "cardNumber;", cardAnnotation,
                personal("user.financial.credit_card", 1.0,
                        new Evidence(Signal.ANNOTATION, "@PersonalData(category = \"user.financial.credit_card\")",
                                "user.financial.credit_card", 1.0),
                        token("card number", "user.financial.credit_card", 0.9))));
        entries.add(field(CUSTOMER, "com.jalonom.shop.customer.Customer", "email", "String", "String email;",
                customerAccount, personal("user.contact.email", 0.95, token("email", "user.contact.email", 0.95))));
        entries.add(field(CUSTOMER, "com.jalonom.shop.customer.Customer", "phone", "String", "String phone;",
                customerAccount, personal("user.contact.phone", 0.9, token("phone", "user.contact.phone", 0.9))));
        entries.add(field(CUSTOMER, "com.jalonom.shop.customer.Customer", "fullName", "String", "String fullName;",
                customerAccount, personal("user.name", 0.9, token("full name", "user.name", 0.9))));
        entries.add(field(CUSTOMER, "com.jalonom.shop.customer.Customer", "lastLoginIp", "String", "lastLoginIp;",
                customerAccount, personal("user.device.ip_address", 0.85, token("ip", "user.device.ip_address", 0.85),
                        new Evidence(Signal.EXCLUSION, "'last login' is not an exclusion of user.device", null, -0.05))));
        entries.add(profileBio());
        entries.add(field(ORDER, "com.jalonom.shop.order.Order", "customer", "Customer", "Customer customer;", null,
                new Classification(true, List.of("user.contact.email", "user.name"), 0.8, true,
                        List.of(new Evidence(Signal.LINK, "type Customer holds personal data", null, 0.8)))));
        entries.add(field(ORDER, "com.jalonom.shop.order.Order", "deliveryAddress", "String", "deliveryAddress;", null,
                personal("user.contact.address", 0.9, token("delivery address", "user.contact.address", 0.9))));
        return entries;
    }

    private static InventoryEntry profileBio() {
        String javadoc = "About me. </code></pre><script>window.lawfulPwned = 'field-javadoc'</script>";
        var column = new AnnotationUse("Column", Map.of("name", "bio\"><svg onload=\"window.lawfulPwned = 'annotation'\">"));
        var element = new CodeElement("com.jalonom.shop.customer.Profile", "bio", CodeElement.Kind.FIELD, "String",
                false, false, List.of(column), javadoc, PROFILE, line(PROFILE, "private String bio;"), 20, Origin.SOURCE);
        return new InventoryEntry(element, personal("user.content.self_image", 0.7,
                token("bio", "user.content.self_image", 0.6),
                new Evidence(Signal.ANNOTATION, "@Column(name = \"" + column.value("name") + "\")",
                        "user.content.self_image", 0.1),
                new Evidence(Signal.CONTEXT, "class Javadoc: <script>window.lawfulPwned = 'class-javadoc';</script>",
                        null, 0.0)), null);
    }

    private static InventoryEntry field(String file, String className, String member, String type, String text,
            BoundDeclaration declaration, Classification classification) {
        int line = line(file, text);
        int column = Files.exists(BASE.resolve(file)) ? lineText(file, line).indexOf(member) + 1 : 0;
        var element = new CodeElement(className, member,
                file.equals(PATIENT) ? CodeElement.Kind.RECORD_COMPONENT : CodeElement.Kind.FIELD, type,
                false, false, List.of(), null, file, line, column, Origin.SOURCE);
        return new InventoryEntry(element, classification, declaration);
    }

    private static String lineText(String file, int line) {
        try {
            return Files.readAllLines(BASE.resolve(file)).get(line - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Classification personal(String category, double confidence, Evidence... evidence) {
        return new Classification(true, List.of(category), confidence, false, List.of(evidence));
    }

    private static Evidence token(String pattern, String category, double weight) {
        return new Evidence(Signal.TOKEN, "name matches strong pattern '" + pattern + "'", category, weight);
    }

    static List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (InventoryEntry entry : inventory()) {
            CodeElement e = entry.element();
            String category = entry.classification().primaryCategory();
            if (!entry.isDeclared()) {
                findings.add(new Finding("personal-data-undeclared", Severity.ERROR, e.className(), e.member(),
                        e.file(), e.line(), e.column(), category,
                        "Field " + e.member() + " holds personal data (" + category + ") but no declaration covers it",
                        undeclaredFix(e, category)));
            }
        }
        CodeElement ip = element("lastLoginIp");
        findings.add(new Finding("category-undisclosed", Severity.WARNING, ip.className(), ip.member(), ip.file(),
                ip.line(), ip.column(), "user.device.ip_address",
                "Category user.device.ip_address is processed but the policy does not disclose it",
                new Fix("Add the category to disclosedCategories, and to the privacy notice.",
                        "disclosedCategories:\n  - user.device.ip_address", null)));
        CodeElement card = element("cardNumber");
        findings.add(new Finding("retention-missing", Severity.WARNING, card.className(), card.member(), card.file(),
                card.line(), card.column(), "user.financial.credit_card",
                "Field cardNumber has no retention rule",
                new Fix("Name a retention rule in the annotation.", null,
                        "@PersonalData(category = \"user.financial.credit_card\", purpose = \"order-handling\",\n"
                                + "              legalBasis = \"contract\", retention = \"customer-account\")")));
        CodeElement diagnosis = element("diagnosis");
        findings.add(new Finding("special-category-without-condition", Severity.ERROR, diagnosis.className(),
                diagnosis.member(), diagnosis.file(), diagnosis.line(), diagnosis.column(), "user.health",
                "Field diagnosis holds special-category data (user.health) without an Art. 9(2) condition",
                new Fix("Declare the field with a special-category condition as its legal basis.",
                        "declarations:\n  - id: pharmacy-health\n    classes: [Patient]\n    fields: [diagnosis]\n"
                                + "    purposes: [order-handling]\n    legalBasis: explicit-consent\n"
                                + "    retention: customer-account", null)));
        findings.add(new Finding("recipient-undisclosed", Severity.ERROR, null, null, "pom.xml",
                line("pom.xml", "io.sentry"), 5, null,
                "Sentry (io.sentry:sentry) receives data but the policy names no such recipient",
                new Fix("Add Sentry to recipients, with the purposes, categories and transfer safeguard.",
                        "recipients:\n  - id: sentry\n    service: sentry\n    country: US\n    purposes: []\n"
                                + "    categories: []\n    transfer: {mechanism: scc}", null)));
        findings.add(new Finding("transfer-without-safeguard", Severity.WARNING, null, null, RULES,
                line(RULES, "- id: google-analytics"), 5, null,
                "Recipient google-analytics in US receives data outside the EU/EEA with no transfer safeguard",
                new Fix("Name the transfer mechanism.", "    transfer: {mechanism: scc, reference: \"EU SCC 2021/914\"}",
                        null)));
        findings.add(new Finding("policy-unused-purpose", Severity.NOTE, null, null, RULES,
                line(RULES, "- id: marketing"), 5, null,
                "Purpose marketing is not used by any declaration, cookie or recipient <b>in code</b>", null));
        findings.add(new Finding("policy-deprecated-category", Severity.NOTE, null, null, "builtin:gdpr", 0, 0,
                "user.legacy", "Category user.legacy is deprecated; use user.contact", null));
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static CodeElement element(String member) {
        return inventory().stream().map(InventoryEntry::element).filter(e -> e.member().equals(member))
                .findFirst().orElseThrow();
    }

    private static Fix undeclaredFix(CodeElement element, String category) {
        String simpleName = element.className().substring(element.className().lastIndexOf('.') + 1);
        return new Fix("Declare the field in a rule file, or annotate it.",
                "declarations:\n  - id: " + simpleName.toLowerCase(java.util.Locale.ROOT) + "\n    classes: ["
                        + element.className() + "]\n    fields: [" + element.member() + "]\n"
                        + "    purposes: [order-handling]\n    legalBasis: contract\n    retention: customer-account",
                "@PersonalData(category = \"" + category + "\", purpose = \"order-handling\",\n"
                        + "              legalBasis = \"contract\", retention = \"customer-account\")");
    }

    static List<ParseProblem> problems() {
        return List.of(new ParseProblem("src/main/java/com/jalonom/shop/Broken.java", 5, 24,
                "Parse error: expected ';' after field declaration"));
    }

    static List<RecipientUse> recipientUses() {
        return List.of(
                new RecipientUse("google-analytics", RecipientUse.How.HOST, "www.google-analytics.com", TRACKER,
                        line(TRACKER, "ENDPOINT")),
                new RecipientUse("sentry", RecipientUse.How.MAVEN, "io.sentry:sentry", "pom.xml",
                        line("pom.xml", "io.sentry")),
                new RecipientUse("stripe", RecipientUse.How.MAVEN, "com.stripe:stripe-java", "pom.xml",
                        line("pom.xml", "com.stripe")));
    }

    static List<RuleDescriptor> rules() {
        return List.of(
                rule("category-undisclosed", Severity.WARNING, "A category is processed that the policy does not disclose"),
                rule("personal-data-undeclared", Severity.ERROR, "A field holds personal data that no declaration covers"),
                rule("policy-deprecated-category", Severity.NOTE, "The policy uses a deprecated category"),
                rule("policy-unused-purpose", Severity.NOTE, "A purpose is declared but nothing uses it"),
                rule("recipient-undisclosed", Severity.ERROR, "A third-party service is used that the policy does not name"),
                rule("retention-missing", Severity.WARNING, "Personal data has no retention rule"),
                rule("special-category-without-condition", Severity.ERROR,
                        "Special-category data is processed without an Art. 9(2) condition"),
                rule("transfer-without-safeguard", Severity.WARNING,
                        "A recipient outside the EU/EEA has no transfer safeguard"),
                rule("purpose-without-legal-basis", Severity.ERROR, "A purpose names no legal basis"));
    }

    private static RuleDescriptor rule(String id, Severity severity, String summary) {
        return new RuleDescriptor(id, severity, summary, summary + ".\n\nWhy it matters: the GDPR requires it "
                + "(see `docs/checks.md`).\n\n**Fix**: follow the fix the finding suggests.");
    }
}

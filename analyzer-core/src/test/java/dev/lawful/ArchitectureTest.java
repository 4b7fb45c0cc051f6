package dev.lawful;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of analyzer-core, as docs/architecture.md draws it: the policy model and the
 * scanned code's value types on the ground floor, then scan → classify → bind → inventory →
 * check, the analysis and its result, and the reports on top. A violation names the class,
 * the dependency and the line.
 */
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> MODEL = or(
            resideInAnyPackage("dev.lawful.policy", "dev.lawful.scan", "dev.lawful.work"),
            belongToAnyOf(Problem.class, ConfigurationException.class, Version.class))
            .as("the policy model, the scanned code's value types, the configuration errors and work on threads");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lawful");
    }

    @Test
    void eachStageUsesOnlyTheStagesBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.lawful..")
                .layer("Model").definedBy(MODEL)
                .layer("PolicyLoading").definedBy("dev.lawful.policy.load..")
                .layer("Scan").definedBy("dev.lawful.scan.source..", "dev.lawful.scan.bytecode..")
                .layer("Classify").definedBy("dev.lawful.classify..", "dev.lawful.recipient..")
                .layer("Bind").definedBy("dev.lawful.bind..")
                .layer("Inventory").definedBy("dev.lawful.inventory..")
                .layer("Check").definedBy("dev.lawful.check..")
                .layer("Result").definedBy(belongToAnyOf(Result.class, DecodedOnFirstUse.class).as("the Result and its lists decoded on first use"))
                .layer("Analysis").definedBy(belongToAnyOf(Analyzer.class, AnalyzerConfig.class, ResultCache.class, FixLines.class, EvidenceRows.class, Numbering.class, FileDigests.class, DigestTable.class, CacheFile.class)
                        .as("the Analyzer and its result cache"))
                .layer("Report").definedBy("dev.lawful.report..")

                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("PolicyLoading").mayOnlyAccessLayers("Model")
                .whereLayer("Scan").mayOnlyAccessLayers("Model")
                // The classifier's own data files (weights, language packs, context words) are read
                // through the same hardened YAML reader as the rule files.
                .whereLayer("Classify").mayOnlyAccessLayers("Model", "PolicyLoading", "Scan")
                .whereLayer("Bind").mayOnlyAccessLayers("Model", "Classify")
                .whereLayer("Inventory").mayOnlyAccessLayers("Model", "Classify", "Bind")
                .whereLayer("Check").mayOnlyAccessLayers("Model", "Classify", "Bind", "Inventory")
                .whereLayer("Result").mayOnlyAccessLayers("Model", "Classify", "Bind", "Inventory", "Check")
                .whereLayer("Analysis").mayOnlyAccessLayers(
                        "Model", "PolicyLoading", "Scan", "Classify", "Bind", "Inventory", "Check", "Result")
                .whereLayer("Report").mayOnlyAccessLayers("Model", "Classify", "Bind", "Inventory", "Check", "Result")
                .check(core);
    }

    @Test
    void everyPackageHasItsFloor() {
        classes().should().resideInAnyPackage("dev.lawful", "dev.lawful.policy..", "dev.lawful.scan..",
                        "dev.lawful.classify..", "dev.lawful.recipient..", "dev.lawful.bind..", "dev.lawful.inventory..",
                        "dev.lawful.check..", "dev.lawful.report..", "dev.lawful.work")
                .because("a new package needs its place in the layers of eachStageUsesOnlyTheStagesBelowIt")
                .check(core);
    }

    @Test
    void theCoreKnowsNoBuildToolCommandLineOrServlet() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.maven..", "org.codehaus.plexus..", "picocli..", "javax.servlet..", "jakarta.servlet..")
                .because("analyzer-core is the engine that the CLI and the Maven plugin sit on")
                .check(core);
    }

    @Test
    void nothingInTheCoreDependsOnTheCliOrThePlugin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.lawful.cli..", "dev.lawful.maven..")
                .check(core);
    }
}

package org.integritydesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer directions of docs/architecture.md: dependencies point inward, towards the model. */
@AnalyzeClasses(packages = "org.integritydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDirectionTest {

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model").definedBy("org.integritydesk.model..")
            .layer("store").definedBy("org.integritydesk.store..")
            .layer("report").definedBy("org.integritydesk.report..")
            .layer("service").definedBy("org.integritydesk.service..")
            .layer("exchange").definedBy("org.integritydesk.exchange..")
            .layer("ui").definedBy("org.integritydesk.ui..")
            .layer("cli").definedBy("org.integritydesk.cli..")
            .layer("app").definedBy("org.integritydesk.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("service").mayOnlyBeAccessedByLayers("app", "cli", "ui", "exchange")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("store", "report", "service", "exchange", "ui", "cli", "app");

    @ArchTest
    static final ArchRule modelIsPure = noClasses().that().resideInAPackage("org.integritydesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "net.sf.jasperreports..",
                    "java.io..", "java.nio..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule onlyStoreUsesJdbc = noClasses().that().resideOutsideOfPackage("org.integritydesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule onlyReportUsesJasper = noClasses().that().resideOutsideOfPackage("org.integritydesk.report..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    @ArchTest
    static final ArchRule servicesKnowNoToolkit = noClasses().that().resideInAnyPackage("org.integritydesk.service..",
            "org.integritydesk.store..", "org.integritydesk.report..", "org.integritydesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");
}

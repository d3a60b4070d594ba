package org.integritydesk.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md: report depends on model only (plus JasperReports and the JDK), never on JavaFX. */
class ReportPackageRulesTest {
    private static final JavaClasses REPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.integritydesk.report");

    @Test
    void reportUsesNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(REPORT);
    }

    @Test
    void reportDependsOnlyOnModelJasperReportsAndTheJdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "org.integritydesk.report..", "org.integritydesk.model..",
                "net.sf.jasperreports..", "com.lowagie..", "java..", "javax..").check(REPORT);
    }
}

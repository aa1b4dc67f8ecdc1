package org.secretariat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of ARCHITECTURE.md: ui, cli → service → {charter, persistence, document, exchange} → domain. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.secretariat");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Launcher").definedBy("org.secretariat")
                .layer("UI").definedBy("org.secretariat.ui..")
                .layer("CLI").definedBy("org.secretariat.cli..")
                .layer("Service").definedBy("org.secretariat.service..")
                .layer("Charter").definedBy("org.secretariat.charter..")
                .layer("Persistence").definedBy("org.secretariat.persistence..")
                .layer("Exchange").definedBy("org.secretariat.exchange..")
                .layer("Document").definedBy("org.secretariat.document..")
                .layer("Files").definedBy("org.secretariat.files..")
                .layer("Domain").definedBy("org.secretariat.domain..")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI")
                .whereLayer("Charter").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service", "UI", "CLI", "Launcher")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Document", "Exchange", "Service", "UI", "CLI")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "UI", "CLI", "Charter", "Persistence",
                        "Exchange", "Document")
                .check(classes);
    }

    @Test
    void nothingBelowTheEdgeKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.secretariat.ui..", "org.secretariat")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    /**
     * The service's capabilities (roster with its membership, cases, meetings, certificates, reports,
     * fees, safety, overview) depend on each other in one direction only; events between them go
     * through a listener AppContext registers (a resolution decides a case step).
     */
    @Test
    void serviceCapabilitiesHaveNoCycles() {
        slices().matching("org.secretariat.service.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The shared kernel (AppContext aside) knows no capability, so no cycle can run through it. */
    @Test
    void theServiceKernelKnowsNoCapability() {
        noClasses().that().resideInAPackage("org.secretariat.service").and().doNotHaveSimpleName("AppContext")
                .should().dependOnClassesThat().resideInAPackage("org.secretariat.service.*..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.secretariat.(*)..").should().beFreeOfCycles().check(classes);
    }
}

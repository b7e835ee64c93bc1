package ai.tavari.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's boundaries, checked over the production classes of every module: dependencies
 * point inward only and adapters never see one another.
 */
class ArchitectureTest {
    private static final String[] ADAPTERS = {
            "ai.tavari.adapters.web..", "ai.tavari.adapters.telephony..", "ai.tavari.adapters.ai..",
            "ai.tavari.adapters.billing..", "ai.tavari.adapters.persistence..", "ai.tavari.adapters.notification.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ai.tavari");
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        for (String module : new String[] {"ai.tavari.domain", "ai.tavari.application", "ai.tavari.adapters.web",
                "ai.tavari.adapters.persistence", "ai.tavari.adapters.telephony", "ai.tavari.adapters.ai",
                "ai.tavari.adapters.billing", "ai.tavari.adapters.notification", "ai.tavari.bootstrap"}) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage(module)).as(module).isTrue();
        }
    }

    @Test
    void domainDependsOnlyOnTheJavaPlatform() {
        ArchRule rule = classes().that().resideInAPackage("ai.tavari.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("ai.tavari.domain..", "java..");
        rule.check(classes);
    }

    @Test
    void applicationDependsOnlyOnDomainAndInjectionAndTransactionAnnotations() {
        ArchRule rule = classes().that().resideInAPackage("ai.tavari.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "ai.tavari.application..", "ai.tavari.domain..", "java..",
                        "jakarta.inject..", "jakarta.transaction..");
        rule.check(classes);
    }

    @Test
    void noAdapterDependsOnAnotherAdapter() {
        for (String adapter : ADAPTERS) {
            String[] others = java.util.Arrays.stream(ADAPTERS).filter(a -> !a.equals(adapter)).toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void nothingButTheCompositionRootDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("ai.tavari.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("ai.tavari.bootstrap..")
                .check(classes);
    }

    @Test
    void persistenceAnnotationsStayInThePersistenceAdapter() {
        noClasses().that().resideOutsideOfPackages("ai.tavari.adapters.persistence..", "ai.tavari.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    void restAndServletTypesStayInTheWebAndTelephonyAdapters() {
        noClasses().that().resideInAnyPackage("ai.tavari.domain..", "ai.tavari.application..",
                        "ai.tavari.adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "jakarta.websocket..")
                .check(classes);
    }

    /** {@code Json.createXxx()} looks the provider up through the class path on every call (BENCHMARKS.md). */
    @Test
    void jsonProcessingGoesThroughAProviderLookedUpOnce() {
        noClasses().that().resideInAPackage("ai.tavari..")
                .should().callMethodWhere(target(owner(describe("jakarta.json.Json",
                        owner -> owner.getName().equals("jakarta.json.Json")))))
                .because("the static Json.createXxx() methods search for the JSON-P provider on every call")
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("ai.tavari.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("ai.tavari.adapters.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesInsideDomainAndApplicationHaveNoCycles() {
        slices().matching("ai.tavari.domain.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        slices().matching("ai.tavari.application.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }
}

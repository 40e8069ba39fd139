package io.salescore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module boundaries and house rules of architecture.md, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "io.salescore";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the application's test-jar (a test dependency of bootstrap) holds tests, not production code
            .withImportOption(location -> !location.contains("-tests.jar"))
            .withImportOption(location -> !location.contains("/io/salescore/archfixture/"))
            .importPackages(ROOT);

    @Test
    void the_production_code_was_imported() {
        assertThat(PRODUCTION.containPackage("io.salescore.domain.sale")).isTrue();
        assertThat(PRODUCTION.containPackage("io.salescore.adapter.http")).isTrue();
        assertThat(PRODUCTION.containPackage("io.salescore.adapter.persistence")).isTrue();
    }

    @Test
    void domain_is_plain_java() {
        ArchitectureRules.domainIsPlainJava(ROOT).check(PRODUCTION);
    }

    @Test
    void application_sees_only_the_domain() {
        ArchitectureRules.applicationSeesOnlyTheDomain(ROOT).check(PRODUCTION);
    }

    @Test
    void no_framework_types_in_domain_or_application() {
        ArchitectureRules.noFrameworkTypesInTheCore(ROOT).check(PRODUCTION);
    }

    @Test
    void adapters_never_see_each_other() {
        ArchitectureRules.httpDoesNotSeePersistence(ROOT).check(PRODUCTION);
        ArchitectureRules.persistenceDoesNotSeeHttp(ROOT).check(PRODUCTION);
    }

    @Test
    void in_ports_and_out_ports_do_not_depend_on_each_other() {
        ArchitectureRules.inPortsDoNotSeeOutPorts(ROOT).check(PRODUCTION);
        ArchitectureRules.outPortsDoNotSeeInPorts(ROOT).check(PRODUCTION);
    }

    @Test
    void only_bootstrap_sees_bootstrap() {
        ArchitectureRules.onlyBootstrapSeesBootstrap(ROOT).check(PRODUCTION);
    }

    @Test
    void naming_of_use_cases_services_ports_repositories_and_routes() {
        ArchitectureRules.useCasesAreInterfaces(ROOT).check(PRODUCTION);
        ArchitectureRules.useCasesAreImplementedByServices(ROOT).check(PRODUCTION);
        ArchitectureRules.outboundPortsAreInterfaces(ROOT).check(PRODUCTION);
        ArchitectureRules.repositoriesAreJdbiImplementations(ROOT).check(PRODUCTION);
        ArchitectureRules.routesAreNamedRoutes(ROOT).check(PRODUCTION);
    }

    @Test
    void no_cycles() {
        ArchitectureRules.noCyclesBetweenDomainFeatures(ROOT).check(PRODUCTION);
        ArchitectureRules.noCyclesBetweenApplicationFeatures(ROOT).check(PRODUCTION);
        ArchitectureRules.noCyclesBetweenModules(ROOT).check(PRODUCTION);
    }

    /** The rules do catch violations: a fixture package holds deliberately broken classes. */
    @Test
    void the_rules_fail_on_a_deliberately_broken_fixture() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.salescore.archfixture");
        String root = "io.salescore.archfixture";

        assertThatThrownBy(() -> ArchitectureRules.domainIsPlainJava(root).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.sql");
        assertThatThrownBy(() -> ArchitectureRules.noFrameworkTypesInTheCore(root).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LeakyDomainRule");
        assertThatThrownBy(() -> ArchitectureRules.useCasesAreImplementedByServices(root).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DoThingHandler");
        assertThatThrownBy(() -> ArchitectureRules.inPortsDoNotSeeOutPorts(root).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingQuery");
        assertThatThrownBy(() -> ArchitectureRules.outPortsDoNotSeeInPorts(root).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingStore");
    }
}

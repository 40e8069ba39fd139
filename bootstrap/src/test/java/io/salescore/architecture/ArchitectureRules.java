package io.salescore.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture as executable rules, parameterised by the root package so the same rules can be shown
 * failing on a deliberately broken fixture.
 */
final class ArchitectureRules {

    private static final String[] FRAMEWORKS = {"io.javalin..", "org.jdbi..", "java.sql..", "javax.sql..",
            "com.fasterxml..", "com.zaxxer..", "org.flywaydb..", "org.postgresql..", "org.slf4j..", "picocli..",
            "io.zonky.."};

    private ArchitectureRules() {
    }

    /** The domain is plain Java: it sees only itself and the JDK's core. */
    static ArchRule domainIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java.lang..", "java.util..",
                        "java.math..", "java.time..")
                .because("the domain has no dependencies at all");
    }

    /** The application sees the domain and the JDK, never a framework or an adapter. */
    static ArchRule applicationSeesOnlyTheDomain(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".domain..", "java.lang..", "java.util..",
                        "java.math..", "java.time..", "java.nio.charset..", "java.security..", "javax.crypto..")
                .because("other teams embed domain + application with their own adapters");
    }

    /** No Javalin, Jdbi, JDBC or Jackson types in the core. */
    static ArchRule noFrameworkTypesInTheCore(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
    }

    /** The HTTP adapter never sees the persistence adapter. */
    static ArchRule httpDoesNotSeePersistence(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.http..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter.persistence..");
    }

    /** The persistence adapter never sees the HTTP adapter. */
    static ArchRule persistenceDoesNotSeeHttp(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.persistence..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter.http..");
    }

    /** Nothing but bootstrap depends on bootstrap. */
    static ArchRule onlyBootstrapSeesBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..");
    }

    /** Use cases are interfaces named ...UseCase in port.in. */
    static ArchRule useCasesAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".application..port.in..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces();
    }

    /** A use case is implemented by a ...Service. */
    static ArchRule useCasesAreImplementedByServices(String root) {
        return classes().that().resideInAPackage(root + ".application..").and().areNotInterfaces()
                .should(new ArchCondition<JavaClass>("be named ...Service when they implement a use case") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean implementsUseCase = c.getAllRawInterfaces().stream()
                                .anyMatch(i -> i.getSimpleName().endsWith("UseCase"));
                        if (implementsUseCase && !c.getSimpleName().endsWith("Service")) {
                            events.add(SimpleConditionEvent.violated(c,
                                    c.getName() + " implements a use case but is not named ...Service"));
                        }
                    }
                });
    }

    /** Ports to the outside are interfaces. */
    static ArchRule outboundPortsAreInterfaces(String root) {
        return classes().that().resideInAPackage(root + ".application..port.out..")
                .and().haveSimpleNameEndingWith("Repository")
                .should().beInterfaces();
    }

    /**
     * In-ports and out-ports do not depend on each other, either way: a use case's views, results and criteria that
     * an out-port also speaks live in the feature's {@code port} package, so a driving adapter never sees a
     * driven port's types and a driven adapter never sees a use case.
     */
    static ArchRule inPortsDoNotSeeOutPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application..port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..port.out..");
    }

    static ArchRule outPortsDoNotSeeInPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application..port.out..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..port.in..");
    }

    /** Persistence implementations are named Jdbi... and live in the persistence adapter. */
    static ArchRule repositoriesAreJdbiImplementations(String root) {
        return classes().that().resideInAPackage(root + ".adapter.persistence..")
                .and().haveSimpleNameEndingWith("Repository")
                .should().haveSimpleNameStartingWith("Jdbi");
    }

    /** HTTP route classes are named ...Routes. */
    static ArchRule routesAreNamedRoutes(String root) {
        return classes().that().resideInAPackage(root + ".adapter.http..")
                .and().implement(root + ".adapter.http.Routes")
                .should().haveSimpleNameEndingWith("Routes");
    }

    /** Feature packages of the domain do not form cycles. */
    static ArchRule noCyclesBetweenDomainFeatures(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    /** Feature packages of the application do not form cycles. */
    static ArchRule noCyclesBetweenApplicationFeatures(String root) {
        return slices().matching(root + ".application.(*)..").should().beFreeOfCycles();
    }

    /** Layers do not form cycles. */
    static ArchRule noCyclesBetweenModules(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}

package com.loginsessions.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of docs/architecture.md, written for any base package so that the same rules that guard the
 * product can be shown to fail on a deliberately broken fixture ({@code com.loginsessions.archfixture}).
 */
final class ArchitectureRules {

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.jooq..", "tools.jackson..",
            "com.fasterxml.jackson..", "jakarta..", "javax.servlet..", "io.swagger..", "org.slf4j.."};

    private ArchitectureRules() {
    }

    static List<ArchRule> all(String base) {
        return List.of(domainDependsOnlyOnTheJdk(base), applicationDependsOnlyOnDomain(base),
                coreIsFreeOfFrameworks(base), adaptersDoNotDependOnEachOther(base),
                adaptersDoNotDependOnServiceImplementations(base), incomingAndOutgoingPortsAreIndependent(base),
                drivingAdaptersUseOnlyIncomingPorts(base), drivingPortsCarryNoAggregateOrSecret(base),
                nothingDependsOnBootstrap(base), jooqStaysInThePersistenceAdapter(base));
    }

    /**
     * What a front end receives through a driving port is a read model: the aggregates (which hold the password hash
     * and the token hash) and the hashes themselves never appear in {@code port.in}, so no adapter can leak them.
     */
    static ArchRule drivingPortsCarryNoAggregateOrSecret(String base) {
        return noClasses().that().resideInAPackage(base + ".application.port.in..")
                .should().dependOnClassesThat(resideInAPackage(base + ".domain..")
                        .and(simpleName("Session").or(simpleName("User")).or(simpleName("PasswordHash"))
                                .or(simpleName("TokenHash"))))
                .as("driving ports carry no aggregate (Session, User) and no secret (PasswordHash, TokenHash)");
    }

    static ArchRule domainDependsOnlyOnTheJdk(String base) {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..")
                .as("domain depends on nothing but the JDK");
    }

    static ArchRule applicationDependsOnlyOnDomain(String base) {
        return classes().that().resideInAPackage(base + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".domain..", "java..")
                .as("application depends on domain and the JDK only");
    }

    static ArchRule coreIsFreeOfFrameworks(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .as("no Spring, jOOQ, Jackson, servlet or other framework type in domain or application");
    }

    /** One slice per adapter: adapter.in.web, adapter.out.persistence, adapter.out.token, adapter.out.device, … */
    static ArchRule adaptersDoNotDependOnEachOther(String base) {
        return slices().matching(base + ".adapter.(*).(*)..")
                .should().notDependOnEachOther()
                .as("adapters never depend on each other (the web adapter and every driven adapter included)");
    }

    /**
     * Types both kinds of port need (what a client says about its device, "the store cannot answer") live in the
     * neutral {@code application.port} package itself, or in the domain.
     */
    static ArchRule incomingAndOutgoingPortsAreIndependent(String base) {
        return slices().matching(base + ".application.port.(*)..")
                .should().notDependOnEachOther()
                .as("incoming and outgoing ports do not depend on each other");
    }

    static ArchRule drivingAdaptersUseOnlyIncomingPorts(String base) {
        return noClasses().that().resideInAPackage(base + ".adapter.in..")
                .should().dependOnClassesThat(resideInAPackage(base + ".application..")
                        .and(not(resideInAnyPackage(base + ".application.port.in..", base + ".application.port"))))
                .as("driving adapters use only incoming ports (and the types all ports share)");
    }

    static ArchRule adaptersDoNotDependOnServiceImplementations(String base) {
        return noClasses().that().resideInAPackage(base + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(base + ".application.service..")
                .as("adapters reach the core only through its ports");
    }

    static ArchRule nothingDependsOnBootstrap(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".bootstrap..")
                .and().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAPackage(base + ".bootstrap..")
                .as("nothing depends on bootstrap");
    }

    static ArchRule jooqStaysInThePersistenceAdapter(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".adapter.out.persistence..")
                .and().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .as("jOOQ types appear only inside the persistence adapter");
    }
}

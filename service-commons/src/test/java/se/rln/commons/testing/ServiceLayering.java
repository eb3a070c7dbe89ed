package se.rln.commons.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The package layout every service shares, held by ArchUnit over its compiled classes:
 * {@code rest} → {@code service} → {@code repository} / {@code model}; inbound messaging →
 * {@code service}; {@code mapping} (requests and views) between rest and service;
 * outbound messaging (the event contract) written by services, its journals writing their own
 * tables through repositories. Nothing depends on {@code rest}
 * or on inbound messaging, services never on rest, and no service uses another service's code.
 */
public final class ServiceLayering {

    private static final List<String> SERVICES = List.of("se.rln.events", "se.rln.participants", "se.rln.scenario");

    private ServiceLayering() {
    }

    /** Fails with every violation in the service whose root package is {@code root}, e.g. {@code se.rln.events}. */
    public static void check(String root) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(root + ".rest..")
                .layer("inbound messaging").definedBy(root + ".messaging.inbound..")
                .layer("service").definedBy(root + ".service..")
                .layer("outbound messaging").definedBy(root + ".messaging.outbound..")
                .layer("mapping").definedBy(root + ".mapping..")
                .layer("repository").definedBy(root + ".repository..")
                .layer("model").definedBy(root + ".model..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("inbound messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "inbound messaging")
                .whereLayer("outbound messaging").mayOnlyBeAccessedByLayers("service", "rest", "inbound messaging")
                .whereLayer("mapping").mayOnlyBeAccessedByLayers("rest", "service", "outbound messaging", "inbound messaging")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service", "outbound messaging", "inbound messaging")
                .because("each service keeps one layout: HTTP and Kafka at the edges, the domain's rules in services, "
                        + "SQL in repositories")
                .check(classes);
        for (String other : SERVICES) {
            if (!other.equals(root)) {
                noClasses().should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("a service reaches another only through its API and its events")
                        .check(classes);
            }
        }
    }
}

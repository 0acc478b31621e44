package fr.paysdelaloire.emploiformation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout the code keeps: resources stay thin (no repositories, no entity manager), capabilities
 * do not reach into each other's entities and repositories, and the scheme's rules stay plain Java.
 */
class ArchitectureTest {

    static final String ROOT = "fr.paysdelaloire.emploiformation";
    /** The business capabilities; api, security, validation, rules and dev are shared support. */
    static final List<String> CAPABILITIES = List.of("reference", "intention", "session", "derogation", "candidate", "publication", "invoicing",
            "statistics", "webhook", "retention");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void resourcesDoNotTouchPersistence() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .because("a resource does HTTP only; its service owns transactions and repositories")
                .check(CLASSES);
    }

    @Test
    void capabilitiesDoNotReachIntoEachOthersPersistence() {
        for (String capability : CAPABILITIES) {
            String own = ROOT + "." + capability;
            noClasses().that().resideOutsideOfPackage(own + "..")
                    .should().dependOnClassesThat(persistenceOf(own))
                    .because("another capability goes through " + capability + "'s services, not its entities or repositories")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void rulesArePlainJava() {
        noClasses().that().haveSimpleNameEndingWith("Rules")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "io.vertx..")
                .because("the scheme's rules are plain Java, unit-tested in milliseconds")
                .check(CLASSES);
    }

    @Test
    void sharedPackagesDoNotDependOnCapabilities() {
        for (String capability : CAPABILITIES) {
            noClasses().that().resideInAnyPackage(ROOT + ".api..", ROOT + ".security..", ROOT + ".validation..", ROOT + ".rules..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + capability + "..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> persistenceOf(String pkg) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("entities or repositories of " + pkg,
                c -> c.getPackageName().startsWith(pkg)
                        && (c.isAnnotatedWith("jakarta.persistence.Entity") || c.getSimpleName().endsWith("Repository")
                                || c.isAnnotatedWith("jakarta.persistence.Embeddable")));
    }
}

package fr.paysdelaloire.emploiformation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import fr.paysdelaloire.emploiformation.rules.Transition;
import fr.paysdelaloire.emploiformation.support.Lanes;

/**
 * The layout the code keeps: resources stay thin (no repositories, no entity manager) and are the only HTTP code
 * besides the shared edge (api, security); capabilities meet through their entry points, never each other's entities,
 * repositories or use cases; the scheme's rules and life cycles stay plain Java, on one transition mechanism; names
 * follow CONTRIBUTING.md.
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
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Transition")
                .or().resideInAPackage(ROOT + ".rules..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "io.vertx..")
                .because("the scheme's rules and life cycles are plain Java, unit-tested in milliseconds")
                .check(CLASSES);
    }

    @Test
    void lifeCyclesShareOneTransitionMechanism() {
        classes().that().haveSimpleNameEndingWith("Transition").and().areEnums()
                .should().implement(Transition.class)
                .because("a life cycle is a rules.Lifecycle of its transitions; an illegal one is a rules.IllegalTransition, 409")
                .check(CLASSES);
    }

    @Test
    void httpStaysAtTheEdge() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .and().resideOutsideOfPackages(ROOT + ".api..", ROOT + ".security..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs.core..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".api.Answers")
                .because("use cases take and return domain values (a Representation); the resource and api.Answers make "
                        + "the status, Location, ETag and JSON")
                .check(CLASSES);
    }

    @Test
    void resourcesOwnTheirPaths() {
        fields().that().haveName("PATH").and().haveRawType(String.class).should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .because("a resource takes its @Path from its own constant; a use case that names a URL reads it there")
                .check(CLASSES);
    }

    @Test
    void wireInputsAreBodies() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should(new ArchCondition<>("take their request body as a *Body record") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter parameter : method.getParameters()) {
                            boolean fromTheRequest = parameter.getAnnotations().stream()
                                    .anyMatch(a -> a.getRawType().getPackageName().startsWith("jakarta.ws.rs")
                                            || a.getRawType().getPackageName().startsWith("org.jboss.resteasy"));
                            String type = parameter.getRawType().getSimpleName();
                            if (!fromTheRequest && parameter.getRawType().getPackageName().startsWith(ROOT) && !type.endsWith("Body")) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes " + type));
                            }
                        }
                    }
                })
                .because("CONTRIBUTING.md: a wire input is named *Body (Request is the scheme's own word)")
                .check(CLASSES);
    }

    @Test
    void capabilitiesMeetThroughTheirEntryPoints() {
        for (String capability : CAPABILITIES) {
            String own = ROOT + "." + capability;
            noClasses().that().resideOutsideOfPackage(own + "..")
                    .should().dependOnClassesThat(internalsOf(own))
                    .because("another capability uses " + capability + "'s entry points (*Directory, *Ledger, the Outbox), "
                            + "its values (records, enums), the interfaces it offers, and its plain rules; not its use cases")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void resourcesCallUseCases() {
        fields().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().areAnnotatedWith(jakarta.inject.Inject.class)
                .should(new ArchCondition<>("be a use case (*Service, or one job of a split one) or the answer builder") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaField field, ConditionEvents events) {
                        String type = field.getRawType().getSimpleName();
                        if (!type.equals("Answers") && USE_CASE_SUFFIXES.stream().noneMatch(type::endsWith)) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + type));
                        }
                    }
                })
                .because("CONTRIBUTING.md: a resource hands the request to a use case, named <Thing>Service or <Thing><Job>")
                .check(CLASSES);
    }

    /** What a use case's name ends with: a whole capability's, or one job of a split one (see CONTRIBUTING.md). */
    static final List<String> USE_CASE_SUFFIXES = List.of("Service", "Intake", "Drafting", "Positioning", "Changes", "Transitions",
            "FollowUps", "Reads");

    @Test
    void testsBorrowNothingFromOtherTests() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages(ROOT);
        classes().should(new ArchCondition<>("use only their own test class and the support package") {
            @Override
            public void check(JavaClass test, ConditionEvents events) {
                JavaClass self = outermost(test);
                test.getDirectDependenciesFromSelf().stream()
                        .map(d -> outermost(d.getTargetClass()))
                        .filter(target -> target.getPackageName().startsWith(ROOT) && target.getSimpleName().endsWith("Test") && !target.equals(self))
                        .distinct()
                        .forEach(target -> events.add(SimpleConditionEvent.violated(test, test.getName() + " uses " + target.getName())));
            }
        }).because("a helper two tests need lives in support/ (Workflow, Tokens, Parallel, Lots, AuthorisationMatrix), not in one of them")
                .check(tests);
    }

    @Test
    void testsThatBootTheApplicationSaySo() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages(ROOT);
        classes().that().areAnnotatedWith(io.quarkus.test.junit.QuarkusTest.class)
                .should(new ArchCondition<>("be tagged " + Lanes.APPLICATION) {
                    @Override
                    public void check(JavaClass test, ConditionEvents events) {
                        // one @Tag, or several (the compiler wraps them in @Tags)
                        boolean tagged = test.tryGetAnnotationOfType(org.junit.jupiter.api.Tag.class)
                                .map(tag -> tag.value().equals(Lanes.APPLICATION)).orElse(false)
                                || test.tryGetAnnotationOfType(org.junit.jupiter.api.Tags.class)
                                        .map(tags -> java.util.Arrays.stream(tags.value()).anyMatch(t -> t.value().equals(Lanes.APPLICATION)))
                                        .orElse(false);
                        if (!tagged) {
                            events.add(SimpleConditionEvent.violated(test, test.getName() + " boots the application untagged"));
                        }
                    }
                })
                .because("the fast lane (./mvnw test -Pfast) leaves out what boots the application by this tag; see CONTRIBUTING.md")
                .check(tests);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass current = c;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
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

    private static DescribedPredicate<JavaClass> internalsOf(String pkg) {
        return DescribedPredicate.describe("use cases and internals of " + pkg,
                c -> c.getPackageName().startsWith(pkg) && !c.isRecord() && !c.isEnum() && !c.isInterface()
                        && !c.getSimpleName().endsWith("Directory") && !c.getSimpleName().endsWith("Ledger")
                        && !List.of("Outbox", "CandidateRetention").contains(c.getSimpleName())
                        && !isPlainRuleHolder(c));
    }

    /** A final class of constants and pure functions only (LotPrice, Territory). */
    private static boolean isPlainRuleHolder(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.FINAL)
                && c.getConstructors().stream().allMatch(k -> k.getModifiers().contains(JavaModifier.PRIVATE))
                && c.getFields().stream().allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC));
    }

    private static DescribedPredicate<JavaClass> persistenceOf(String pkg) {
        return DescribedPredicate.describe("entities or repositories of " + pkg,
                c -> c.getPackageName().startsWith(pkg)
                        && (c.isAnnotatedWith("jakarta.persistence.Entity") || c.getSimpleName().endsWith("Repository")
                                || c.isAnnotatedWith("jakarta.persistence.Embeddable")));
    }
}

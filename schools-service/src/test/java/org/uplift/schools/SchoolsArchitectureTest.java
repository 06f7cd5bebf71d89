package org.uplift.schools;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Package-by-feature boundaries: features do not form cycles, a feature's Mongo documents and repositories are its
 * own, and the web edge (controllers and pages) speaks records, never documents or repositories. Each rule is also
 * run against a deliberately broken fixture to prove it can fail.
 */
class SchoolsArchitectureTest {

    static final String ROOT = "org.uplift.schools";
    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    static final JavaClasses BROKEN = new ClassFileImporter().importPackages("org.uplift.archfixture");

    static ArchRule featuresAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule documentsAndRepositoriesStayInTheirFeature() {
        return classes().that().areAnnotatedWith(Document.class).or().areAssignableTo(Repository.class)
                .should(onlyBeUsedInsideTheirOwnPackage()).andShould().notBePublic();
    }

    static ArchRule theWebEdgeNeverTouchesDocumentsOrRepositories() {
        return noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat(areDocumentsOrRepositories());
    }

    @Test
    void featurePackagesHaveNoCycles() {
        featuresAreFreeOfCycles(ROOT).check(MAIN);
    }

    @Test
    void documentsAndRepositoriesAreUsedOnlyInsideTheirFeature() {
        documentsAndRepositoriesStayInTheirFeature().check(MAIN);
    }

    @Test
    void controllersAndPagesSpeakRecordsNotDocuments() {
        theWebEdgeNeverTouchesDocumentsOrRepositories().check(MAIN);
    }

    @Test
    void eachRuleFailsOnABrokenFixture() {
        assertThatThrownBy(() -> featuresAreFreeOfCycles("org.uplift.archfixture").check(BROKEN)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> documentsAndRepositoriesStayInTheirFeature().check(BROKEN)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> theWebEdgeNeverTouchesDocumentsOrRepositories().check(BROKEN)).isInstanceOf(AssertionError.class);
    }

    private static DescribedPredicate<JavaClass> areDocumentsOrRepositories() {
        return DescribedPredicate.describe("Mongo documents or repositories",
                c -> c.isAnnotatedWith(Document.class) || c.isAssignableTo(Repository.class));
    }

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirOwnPackage() {
        return new ArchCondition<>("only be used inside their own package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesToSelf().stream()
                        .filter(d -> !d.getOriginClass().getPackageName().equals(item.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}

package org.uplift.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.contracts.assessment.PupilResult;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Feature boundaries of reporting-service. Each rule can fail (failOnEmptyShould stays on). */
class ReportingArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uplift.reporting");
    }

    @Test
    void pupilLevelFactsAreReadOnlyByTheResultsProjection() {
        noClasses().that().doNotHaveSimpleName("ResultsProjection")
                .should().dependOnClassesThat().belongToAnyOf(PupilResult.class)
                .because("pupil rows are turned into aggregates where they arrive and never travel further")
                .check(classes);
    }

    @Test
    void figuresArePureCalculationWithoutSpringOrOtherFeatures() {
        noClasses().that().resideInAPackage("org.uplift.reporting.figures..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
                        "org.uplift.reporting.results..", "org.uplift.reporting.schools..", "org.uplift.reporting.access..",
                        "org.uplift.reporting.view..", "org.uplift.reporting.support..")
                .check(classes);
    }

    @Test
    void readModelsReachTheSchoolDirectoryOnlyThroughAreas() {
        noClasses().that().resideInAnyPackage("org.uplift.reporting.results..", "org.uplift.reporting.support..")
                .should().dependOnClassesThat().resideInAPackage("org.uplift.reporting.schools..")
                .check(classes);
    }

    @Test
    void theSchoolDirectoryDependsOnNoReport() {
        noClasses().that().resideInAPackage("org.uplift.reporting.schools..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uplift.reporting.results..",
                        "org.uplift.reporting.support..", "org.uplift.reporting.access..", "org.uplift.reporting.view..")
                .check(classes);
    }

    @Test
    void controllersNeverTouchTheDatabase() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().belongToAnyOf(MongoTemplate.class)
                .orShould().dependOnClassesThat().resideInAPackage("com.mongodb..")
                .check(classes);
    }
}

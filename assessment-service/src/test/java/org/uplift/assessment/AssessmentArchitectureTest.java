package org.uplift.assessment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.assessment.pupil.Upn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that keep the raw UPN in one place and the features apart. Each can fail (failOnEmptyShould stays on). */
class AssessmentArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uplift.assessment");
    }

    private static final ArchRule RAW_UPN_STAYS_IN_PUPIL = noClasses()
            .that().resideOutsideOfPackage("org.uplift.assessment.pupil..")
            .should().dependOnClassesThat().belongToAnyOf(Upn.class)
            .because("a UPN must be pseudonymised where it is read and never travel further");

    @Test
    void onlyThePupilPackageTouchesTheRawUpn() {
        RAW_UPN_STAYS_IN_PUPIL.check(classes);
    }

    @Test
    void theRawUpnRuleCatchesAClassThatHoldsOne() {
        JavaClasses leaky = new ClassFileImporter().importPackages("org.uplift.assessment.archfixture");
        assertThatThrownBy(() -> RAW_UPN_STAYS_IN_PUPIL.check(leaky)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyReport");
    }

    @Test
    void thePupilPackageDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.uplift.assessment.pupil..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uplift.assessment.upload..",
                        "org.uplift.assessment.school..", "org.uplift.assessment.measure..", "org.uplift.assessment.demo..")
                .check(classes);
    }

    @Test
    void measuresAndTheSchoolReadModelDoNotReachIntoUploads() {
        noClasses().that().resideInAnyPackage("org.uplift.assessment.measure..", "org.uplift.assessment.school..")
                .should().dependOnClassesThat().resideInAPackage("org.uplift.assessment.upload..")
                .check(classes);
    }

    @Test
    void controllersSpeakRecordsNeverMongoDocuments() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Document.class)
                .check(classes);
    }
}

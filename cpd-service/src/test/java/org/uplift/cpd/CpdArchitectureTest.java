package org.uplift.cpd;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.cpd.school.SchoolDirectory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package-by-feature boundaries of cpd-service; every rule names packages that exist, so each can fail. */
class CpdArchitectureTest {

    private static final JavaClasses CPD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.uplift.cpd");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.uplift.cpd.(*)..").should().beFreeOfCycles().check(CPD);
    }

    @Test
    void onlyTheOwningFeaturesTouchTheDatabase() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..cpd.cohort..", "..cpd.programme..", "..cpd.school..")
                .should().dependOnClassesThat().areAssignableTo(MongoTemplate.class)
                .because("documents stay inside their feature; others go through CohortStore, ProgrammeService, SchoolDirectory");
        rule.check(CPD);
    }

    @Test
    void controllersArePackagePrivateAndNeverReturnDocuments() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().notBePublic().check(CPD);
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().notHaveRawReturnType(DescribedPredicate.describe("a @Document",
                        (JavaClass c) -> c.isAnnotatedWith(Document.class)))
                .check(CPD);
    }

    @Test
    void theSchoolReadModelIsReachedOnlyThroughItsDirectory() {
        noClasses().that().resideOutsideOfPackage("..cpd.school..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("..cpd.school..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(SchoolDirectory.class))))
                .check(CPD);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses().that().resideOutsideOfPackage("..cpd.demo..").should().dependOnClassesThat()
                .resideInAPackage("..cpd.demo..").check(CPD);
    }
}

package jp.hometech.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of the monolith, checked on every build. The console module sees every module
 * jar on its test class path, so the rules run here. ArchUnit's default stays on: a rule that matches no
 * class fails, so a renamed package cannot silently switch a rule off.
 */
@AnalyzeClasses(packages = "jp.hometech", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule apisDependOnlyOnTheJdkJakartaAndOtherApis = classes()
            .that().resideInAPackage("jp.hometech.*.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "jp.hometech.*.api..");

    @ArchTest
    static final ArchRule platformInternalsStayInThePlatform = internalsOf("platform");

    @ArchTest
    static final ArchRule recruitmentInternalsStayInRecruitment = internalsOf("recruitment");

    @ArchTest
    static final ArchRule trainingInternalsStayInTraining = internalsOf("training");

    @ArchTest
    static final ArchRule schedulingInternalsStayInScheduling = internalsOf("scheduling");

    @ArchTest
    static final ArchRule certificatesInternalsStayInCertificates = internalsOf("certificates");

    @ArchTest
    static final ArchRule entitiesAreInternal = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage("jp.hometech.*.internal..");

    @ArchTest
    static final ArchRule consoleUsesModulesOnlyThroughTheirApi = noClasses()
            .that().resideInAPackage("jp.hometech.console..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.hometech.*.internal..", "jp.hometech.platform.migration..");

    @ArchTest
    static final ArchRule modulesDoNotDependOnTheConsole = noClasses()
            .that().resideOutsideOfPackage("jp.hometech.console..")
            .and().resideInAPackage("jp.hometech..")
            .should().dependOnClassesThat().resideInAPackage("jp.hometech.console..");

    private static ArchRule internalsOf(String module) {
        return noClasses()
                .that().resideOutsideOfPackage("jp.hometech." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("jp.hometech." + module + ".internal..")
                .as("no class outside the " + module + " module uses its internals");
    }
}

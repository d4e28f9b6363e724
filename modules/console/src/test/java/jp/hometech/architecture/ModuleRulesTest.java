package jp.hometech.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import jp.hometech.architecture.fixture.alpha.Stray;
import jp.hometech.architecture.fixture.alpha.api.AlphaApi;
import jp.hometech.architecture.fixture.alpha.api.LeakyApi;
import jp.hometech.architecture.fixture.alpha.internal.AlphaRecord;
import jp.hometech.architecture.fixture.alpha.internal.AlphaSecret;
import jp.hometech.architecture.fixture.alpha.internal.UsesBeta;
import jp.hometech.architecture.fixture.alpha.tools.AlphaTool;
import jp.hometech.architecture.fixture.beta.api.BetaApi;
import jp.hometech.architecture.fixture.beta.api.EntityInApi;
import jp.hometech.architecture.fixture.beta.internal.ReachesIntoAlpha;
import jp.hometech.architecture.fixture.beta.internal.UsesAlphaApi;
import jp.hometech.architecture.fixture.beta.internal.UsesAlphaTool;
import jp.hometech.architecture.fixture.beta.internal.UsesTheWeb;
import jp.hometech.architecture.fixture.gamma.api.GammaApi;
import jp.hometech.architecture.fixture.web.one.AlphaPage;
import jp.hometech.architecture.fixture.web.one.CalendarView;
import jp.hometech.architecture.fixture.web.two.BetaCalendarView;
import jp.hometech.architecture.fixture.web.two.WebReachesIntoAlpha;
import jp.hometech.architecture.fixture.web.two.WebUsesAlphaTool;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule of {@link ModuleRules} fails on a small class that breaks it and passes on one that keeps it, so
 * a green {@link ModuleBoundariesTest} means the rules hold, not that they matched nothing.
 */
class ModuleRulesTest {

    private static final String BASE = "jp.hometech.architecture.fixture";
    private static final ModuleRules RULES = new ModuleRules(BASE, "web",
            Map.of("alpha", Set.of(), "beta", Set.of("alpha")), Set.of(BASE + ".alpha.tools"));

    @Test
    void aModuleWithoutAnalysedClassesFails() {
        JavaClasses alphaAndBeta = classes(AlphaApi.class, BetaApi.class);
        assertFails(RULES.everyExpectedModuleIsThere(Set.of("alpha", "beta", "delta")), alphaAndBeta, "delta");
        assertPasses(RULES.everyExpectedModuleIsThere(Set.of("alpha", "beta")), alphaAndBeta);
    }

    @Test
    void usingAnotherModulesInternalsFails() {
        ArchRule rule = RULES.modulesUseEachOtherOnlyThroughTheirApi();
        assertFails(rule, classes(ReachesIntoAlpha.class), AlphaSecret.class.getName());
        assertFails(rule, classes(WebReachesIntoAlpha.class), AlphaSecret.class.getName());
        assertPasses(rule, classes(UsesAlphaApi.class, AlphaPage.class));
    }

    @Test
    void aNamedPublishedPackageIsForModulesNotForTheShell() {
        ArchRule rule = RULES.modulesUseEachOtherOnlyThroughTheirApi();
        assertPasses(rule, classes(UsesAlphaTool.class));
        assertFails(rule, classes(WebUsesAlphaTool.class), AlphaTool.class.getName());
    }

    @Test
    void usingAModuleTheTableDoesNotAllowFails() {
        ArchRule rule = RULES.modulesUseOnlyWhatTheTableAllows();
        assertFails(rule, classes(UsesBeta.class), "'alpha' may not use 'beta'");
        assertFails(rule, classes(UsesTheWeb.class), "'beta' may not use 'web'");
        assertFails(rule, classes(GammaApi.class), "not in the table");
        assertPasses(rule, classes(UsesAlphaApi.class, AlphaPage.class));
    }

    @Test
    void aCycleBetweenModulesFails() {
        ArchRule rule = RULES.modulesAreFreeOfCycles();
        assertFails(rule, classes(UsesBeta.class, BetaApi.class, UsesAlphaApi.class, AlphaApi.class), "Cycle");
        assertPasses(rule, classes(BetaApi.class, UsesAlphaApi.class, AlphaApi.class));
    }

    @Test
    void aTableWithACycleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ModuleRules.closure(Map.of("alpha", Set.of("beta"), "beta", Set.of("alpha"))));
        assertThrows(IllegalArgumentException.class, () -> ModuleRules.closure(Map.of("alpha", Set.of("nowhere"))));
    }

    @Test
    void aClassOutsideApiAndInternalFails() {
        ArchRule rule = RULES.everyClassIsInApiOrInternal();
        assertFails(rule, classes(Stray.class), Stray.class.getName());
        assertPasses(rule, classes(AlphaApi.class, AlphaSecret.class, AlphaTool.class));
    }

    @Test
    void anApiThatExposesInternalsFails() {
        ArchRule rule = RULES.apisDependOnlyOnTheJdkJakartaAndOtherApis();
        assertFails(rule, classes(LeakyApi.class), AlphaSecret.class.getName());
        assertPasses(rule, classes(AlphaApi.class, BetaApi.class));
    }

    @Test
    void anEntityInAnApiFails() {
        ArchRule rule = RULES.entitiesAreInternal();
        assertFails(rule, classes(EntityInApi.class), EntityInApi.class.getName());
        assertPasses(rule, classes(AlphaRecord.class));
    }

    @Test
    void twoBeansWithTheSameNameFail() {
        ArchRule rule = RULES.beanNamesAreUnique();
        assertFails(rule, classes(CalendarView.class, jp.hometech.architecture.fixture.web.two.CalendarView.class),
                "'calendarView'");
        assertPasses(rule, classes(CalendarView.class, BetaCalendarView.class, AlphaPage.class));
    }

    /** ArchUnit's default (failOnEmptyShould) is kept: a rule whose classes are all gone fails instead of passing. */
    @Test
    void aRuleThatMatchesNoClassFails() {
        JavaClasses noModule = classes(String.class);
        assertFails(RULES.everyClassIsInApiOrInternal(), noModule, "failOnEmptyShould");
        assertFails(RULES.entitiesAreInternal(), noModule, "failOnEmptyShould");
        assertFails(RULES.beanNamesAreUnique(), noModule, "failOnEmptyShould");
    }

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertFails(ArchRule rule, JavaClasses classes, String expectedInMessage) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(classes));
        assertTrue(failure.getMessage().contains(expectedInMessage),
                () -> "expected '" + expectedInMessage + "' in: " + failure.getMessage());
    }

    private static void assertPasses(ArchRule rule, JavaClasses classes) {
        assertDoesNotThrow(() -> rule.check(classes));
    }
}

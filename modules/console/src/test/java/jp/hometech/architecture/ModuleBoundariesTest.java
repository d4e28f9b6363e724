package jp.hometech.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The module boundaries of the monolith, checked on every build. The console sees every module jar on its
 * test class path, so the rules run here. Modules are found by package; which may use which is
 * {@link ModuleMap}, the one place to extend.
 */
@AnalyzeClasses(packages = ModuleMap.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final ModuleRules RULES = ModuleRules.ofTheProduct();

    @ArchTest
    static final ArchRule everyModuleWithCodeIsAnalysed = RULES.everyExpectedModuleIsThere(modulesWithCode());

    @ArchTest
    static final ArchRule modulesUseEachOtherOnlyThroughTheirApi = RULES.modulesUseEachOtherOnlyThroughTheirApi();

    @ArchTest
    static final ArchRule modulesUseOnlyWhatTheTableAllows = RULES.modulesUseOnlyWhatTheTableAllows();

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = RULES.modulesAreFreeOfCycles();

    @ArchTest
    static final ArchRule everyClassIsInApiOrInternal = RULES.everyClassIsInApiOrInternal();

    @ArchTest
    static final ArchRule apisDependOnlyOnTheJdkJakartaAndOtherApis = RULES.apisDependOnlyOnTheJdkJakartaAndOtherApis();

    @ArchTest
    static final ArchRule entitiesAreInternal = RULES.entitiesAreInternal();

    @ArchTest
    static final ArchRule beanNamesAreUnique = RULES.beanNamesAreUnique();

    /** A module that has code but no row in the table fails here, by name, before any rule reads the table. */
    @ArchTest
    static void everyModuleIsInTheTable(JavaClasses classes) {
        Set<String> missing = new TreeSet<>(RULES.modulesIn(classes));
        missing.removeAll(ModuleMap.USES.keySet());
        assertEquals(Set.of(), missing, "modules missing from ModuleMap.USES");
    }

    /**
     * The business modules of the repository, read from the source folders ({@code modules/x/src/main/java/jp/hometech/<module>}),
     * so a module whose jar is not on this test's class path is noticed instead of silently not checked.
     */
    static Set<String> modulesWithCode() {
        Path modules = repositoryRoot().resolve("modules");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> folders = Files.list(modules)) {
            for (Path folder : folders.toList()) {
                Path packages = folder.resolve("src/main/java").resolve(ModuleMap.BASE_PACKAGE.replace('.', '/'));
                if (Files.isDirectory(packages)) {
                    try (Stream<Path> names = Files.list(packages)) {
                        names.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(found::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.removeAll(ModuleMap.NOT_MODULES);
        if (found.isEmpty()) {
            throw new IllegalStateException("no module sources found under " + modules);
        }
        return found;
    }

    /** Surefire runs in the module's folder (modules/console); the repository root is the folder above modules/. */
    static Path repositoryRoot() {
        Path folder = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        while (folder != null && !(Files.isDirectory(folder.resolve("modules")) && Files.isRegularFile(folder.resolve("pom.xml")))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("repository root not found above " + System.getProperty("basedir"));
        }
        return folder;
    }
}

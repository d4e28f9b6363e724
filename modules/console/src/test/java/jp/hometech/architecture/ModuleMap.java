package jp.hometech.architecture;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Which business module may use which: the one table to extend when a module is added. A module may use the
 * api of the modules named here and, through them, of theirs (platform ← recruitment ← training ← …). The
 * console is not listed: it is the shell and may use every module's api. Modules that are planned but not
 * written yet may be listed already; a module that exists but is missing here fails the build.
 */
final class ModuleMap {

    static final String BASE_PACKAGE = "jp.hometech";

    /** The WAR: pages and beans for every module; it uses their api and nothing else. */
    static final String SHELL = "console";

    /** Folders under modules/ that hold code but are not business modules (the run command's launcher). */
    static final Set<String> NOT_MODULES = Set.of(SHELL, "devserver");

    /**
     * Packages outside {@code api} that another module may use, with the reason. Nothing else is published.
     * The console may not use them.
     */
    static final Map<String, String> ALSO_PUBLISHED = Map.of(
            "jp.hometech.platform.migration",
            "the Flyway runner each module's schema-migration singleton calls; it depends on Flyway, so it cannot be api",
            "jp.hometech.platform.pdf",
            "the PDF toolkit (bundled IPAexGothic, drawing canvas) for modules' documents; it depends on PDFBox, so it cannot be api");

    /** module → the modules whose api it uses directly. */
    static final Map<String, Set<String>> USES = Map.ofEntries(
            entry("platform", Set.of()),
            entry("recruitment", Set.of("platform")),
            entry("training", Set.of("recruitment")),
            entry("equipment", Set.of("training", "recruitment")),
            entry("scheduling", Set.of("training")),
            entry("certificates", Set.of("scheduling")),
            entry("billing", Set.of("scheduling")));

    private ModuleMap() {
    }
}

package jp.hometech.systemtests.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.enterprise.inject.Alternative;
import jp.hometech.platform.api.time.BusinessClock;
import jp.hometech.platform.internal.time.SystemBusinessClock;
import jp.hometech.systemtests.support.Deployments;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The business time can be set only in the EAR the system tests deploy. The EAR the build produces (the one a
 * customer deploys) has exactly one business clock, the system clock, and no way to set it: no alternative
 * bean, no test jar, no test web module. The same inspection of the tests' EAR finds the test clock, so the
 * inspection does look.
 */
class ProductionEarHasNoTestClockIT {

    private static final Path WORK = Path.of("target", "ear-inspection");

    @Test
    void theProductionEarHasOnlyTheSystemClockAndNoWayToSetTheBusinessTime() throws IOException {
        Path ear = Path.of(System.getProperty("backoffice.it.ear"));
        Inspection production = inspect(ear, WORK.resolve("production"));

        assertEquals(List.of(SystemBusinessClock.class.getName()), production.businessClocks());
        assertEquals(List.of(), production.alternatives(), "no CDI alternative can replace a bean of the product");
        assertFalse(production.entries().stream().anyMatch(entry -> entry.contains("it-clock") || entry.contains("itclock")
                || entry.contains("it-business-clock")), production.entries().toString());
        assertFalse(production.applicationXml().contains("it-clock"), production.applicationXml());
    }

    @Test
    void theSameInspectionFindsTheTestClockInTheEarTheTestsDeploy() throws IOException {
        Path testEar = WORK.resolve("as-tested.ear");
        Files.createDirectories(WORK);
        Deployments.ear().as(ZipExporter.class).exportTo(testEar.toFile(), true);
        Inspection asTested = inspect(testEar, WORK.resolve("as-tested"));

        assertTrue(asTested.businessClocks().contains("jp.hometech.itclock.AdjustableBusinessClock"), asTested.businessClocks().toString());
        assertTrue(asTested.alternatives().contains("jp.hometech.itclock.AdjustableBusinessClock"));
        assertTrue(asTested.entries().contains("console.war!/WEB-INF/lib/it-clock-servlet.jar"), asTested.entries().toString());
    }

    private record Inspection(List<String> businessClocks, List<String> alternatives, List<String> entries, String applicationXml) {
    }

    private static Inspection inspect(Path ear, Path into) throws IOException {
        deleteRecursively(into);
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ear)) {
            unpack(in, into, "", entries);
        }
        JavaClasses classes = new ClassFileImporter().importPath(into);
        List<String> clocks = classes.stream()
                .filter(c -> c.isAssignableTo(BusinessClock.class) && !c.isInterface())
                .map(JavaClass::getName).sorted().toList();
        List<String> alternatives = classes.stream().filter(c -> c.isAnnotatedWith(Alternative.class))
                .map(JavaClass::getName).sorted().toList();
        String applicationXml = Files.readString(into.resolve("META-INF/application.xml"));
        return new Inspection(clocks, alternatives, entries, applicationXml);
    }

    /** Unpacks an archive and the jars and wars inside it, each into a folder of its own name. */
    private static void unpack(InputStream archive, Path into, String prefix, List<String> entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            entries.add(prefix + entry.getName());
            Path target = into.resolve(entry.getName()).normalize();
            if (!target.startsWith(into)) {
                throw new IOException("Entry outside the archive: " + entry.getName());
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
                unpack(new NonClosing(zip), into.resolve(entry.getName() + ".d"), prefix + entry.getName() + "!/", entries);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Lets a nested archive be read from the outer stream without closing it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

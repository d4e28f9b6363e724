package jp.hometech.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jp.hometech.architecture.fixtures.ClockReaders;
import jp.hometech.platform.internal.time.SystemBusinessClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * "Now" and "today" come from the business clock ({@code jp.hometech.platform.api.time.BusinessClock}) in every
 * module, so the system tests can set the business time. Only {@link SystemBusinessClock} reads the system
 * clock. {@code System.nanoTime()} stays allowed: it measures durations and tells no time of day.
 * {@code now(Clock)} is allowed too: it reads the clock it is given.
 */
@AnalyzeClasses(packages = "jp.hometech", importOptions = ImportOption.DoNotIncludeTests.class)
class TimeComesFromTheBusinessClockTest {

    private static final Set<Class<?>> TIME_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, YearMonth.class, Year.class, MonthDay.class,
            JapaneseDate.class);

    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            DescribedPredicate.describe("reads the system clock", TimeComesFromTheBusinessClockTest::readsTheSystemClock);

    @ArchTest
    static final ArchRule onlyTheSystemBusinessClockReadsTheSystemClock = noClasses()
            .that().resideInAPackage("jp.hometech..")
            .and().doNotHaveFullyQualifiedName(SystemBusinessClock.class.getName())
            .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .orShould().callConstructor(Date.class)
            .because("time comes from the BusinessClock, which the system tests can set");

    private static boolean readsTheSystemClock(JavaMethodCall call) {
        Class<?> owner;
        try {
            owner = call.getTargetOwner().reflect();
        } catch (RuntimeException | LinkageError notOnTheClassPath) {
            return false;
        }
        String name = call.getName();
        boolean takesAClock = call.getTarget().getRawParameterTypes().stream()
                .anyMatch(type -> type.isEquivalentTo(Clock.class));
        if (TIME_TYPES.contains(owner)) {
            return name.equals("now") && !takesAClock;
        }
        if (owner == Clock.class) {
            return name.startsWith("system");
        }
        if (owner == System.class) {
            return name.equals("currentTimeMillis");
        }
        if (owner == Calendar.class) {
            return name.equals("getInstance");
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"todayFromTheSystem", "instantFromTheSystem", "monthFromTheSystemInTokyo",
            "zonedFromTheSystem", "localDateTimeFromTheSystem", "systemClock", "systemUtcClock", "millis", "date",
            "calendar"})
    void theRuleFailsOnEveryWayOfReadingTheSystemClock(String method) {
        JavaClasses offender = new ClassFileImporter().importClasses(ClockReaders.forMethod(method));
        assertThrows(AssertionError.class, () -> onlyTheSystemBusinessClockReadsTheSystemClock.check(offender));
    }

    @Test
    void theRuleAllowsAGivenClockAndDurations() {
        JavaClasses allowed = new ClassFileImporter().importClasses(ClockReaders.ReadsAGivenClock.class);
        assertDoesNotThrow(() -> onlyTheSystemBusinessClockReadsTheSystemClock.check(allowed));
    }
}

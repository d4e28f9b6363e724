package jp.hometech.platform.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings one module's schema up to date with Flyway: the schema is named after the module, its scripts
 * are {@code db/migration/<module>/V*.sql} in the module's jar, and it has a history table of its own.
 * Each module calls this from a {@code @Startup @Singleton} during deployment, so the schema is current
 * before any request is served; modules other than the platform declare {@code @DependsOn} on the
 * platform's migration.
 */
public final class ModuleSchemaMigrator {

    /** The WildFly datasource every module shares (config/20-datasource.cli). */
    public static final String DATASOURCE = "java:jboss/datasources/BackofficeDS";

    private static final Logger LOG = Logger.getLogger(ModuleSchemaMigrator.class.getName());

    /** Each module whose migration ran in this deployment, with its schema version (or why it failed), in order. */
    private static final Map<String, String> MIGRATED = Collections.synchronizedMap(new LinkedHashMap<>());

    private ModuleSchemaMigrator() {
    }

    /** What ran so far in this deployment: module → schema version, or "FAILED: …"; for the readiness check. */
    public static Map<String, String> migrated() {
        synchronized (MIGRATED) {
            return Map.copyOf(new LinkedHashMap<>(MIGRATED));
        }
    }

    public static MigrateResult migrate(DataSource dataSource, String module, ClassLoader moduleClassLoader) {
        long started = System.nanoTime();
        MigrateResult result;
        try {
            result = Flyway.configure(moduleClassLoader)
                .dataSource(dataSource)
                .schemas(module)
                .defaultSchema(module)
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations("classpath:db/migration/" + module)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        } catch (RuntimeException failure) {
            MIGRATED.put(module, "FAILED: " + failure.getMessage());
            throw failure;
        }
        MIGRATED.put(module, result.targetSchemaVersion == null ? String.valueOf(result.initialSchemaVersion) : result.targetSchemaVersion);
        LOG.info(() -> String.format("Schema %s: %d migration(s) applied, now at version %s (%d ms)", module,
                result.migrationsExecuted, result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                (System.nanoTime() - started) / 1_000_000));
        return result;
    }
}

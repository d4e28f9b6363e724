package jp.hometech.platform.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
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

    private ModuleSchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource, String module, ClassLoader moduleClassLoader) {
        long started = System.nanoTime();
        MigrateResult result = Flyway.configure(moduleClassLoader)
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
        LOG.info(() -> String.format("Schema %s: %d migration(s) applied, now at version %s (%d ms)", module,
                result.migrationsExecuted, result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                (System.nanoTime() - started) / 1_000_000));
        return result;
    }
}

package jp.hometech.systemtests.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jp.hometech.platform.migration.ModuleSchemaMigrator;
import jp.hometech.systemtests.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * Flyway owns the schema and Hibernate never touches it, so this proves the two agree: each module's
 * migrations are applied to PostgreSQL, then Hibernate validates that module's entities against the result.
 */
class SchemaMatchesEntitiesIT {

    @ParameterizedTest
    @ValueSource(strings = {"platform", "recruitment", "training", "certificates"})
    void entitiesMatchTheMigratedSchema(String module) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.jdbcUrl());
        dataSource.setUser(TestDatabase.user());
        dataSource.setPassword(TestDatabase.password());
        ModuleSchemaMigrator.migrate(dataSource, module, getClass().getClassLoader());

        Map<String, Object> outsideTheServer = Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "hibernate.hbm2ddl.auto", "validate");
        assertDoesNotThrow(() -> {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(module, outsideTheServer);
            factory.close();
        });
    }
}

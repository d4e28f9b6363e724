package jp.hometech.scheduling.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.hometech.platform.migration.ModuleSchemaMigrator;

import javax.sql.DataSource;

/** Brings the scheduling schema up to date at deployment, after the platform's. */
@Startup
@Singleton(name = "SchedulingSchemaMigration")
@DependsOn("PlatformSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchedulingSchemaMigration {

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchemaMigrator.migrate(dataSource, "scheduling", SchedulingSchemaMigration.class.getClassLoader());
    }
}

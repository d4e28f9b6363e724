package jp.hometech.billing.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.hometech.platform.migration.ModuleSchemaMigrator;

import javax.sql.DataSource;

/** Billing's schema is migrated at deployment, after the platform's, before any request is served. */
@Startup
@Singleton(name = "BillingSchemaMigration")
@DependsOn("PlatformSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingSchemaMigration {

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchemaMigrator.migrate(dataSource, "billing", BillingSchemaMigration.class.getClassLoader());
    }
}

package jp.hometech.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.hometech.platform.migration.ModuleSchemaMigrator;

import javax.sql.DataSource;

/** Runs first at deployment: every other module's migration depends on this bean by name. */
@Startup
@Singleton(name = "PlatformSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformSchemaMigration {

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchemaMigrator.migrate(dataSource, "platform", PlatformSchemaMigration.class.getClassLoader());
    }
}

package jp.hometech.recruitment.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.hometech.platform.migration.ModuleSchemaMigrator;

import javax.sql.DataSource;

/** Brings the recruitment schema up to date at deployment, after the platform's. */
@Startup
@Singleton(name = "RecruitmentSchemaMigration")
@DependsOn("PlatformSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecruitmentSchemaMigration {

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchemaMigrator.migrate(dataSource, "recruitment", RecruitmentSchemaMigration.class.getClassLoader());
    }
}

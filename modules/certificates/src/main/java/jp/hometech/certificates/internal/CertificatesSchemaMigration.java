package jp.hometech.certificates.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.hometech.platform.migration.ModuleSchemaMigrator;

import javax.sql.DataSource;

/** Brings the certificates schema up to date at deployment, after the platform's, and checks the settings. */
@Startup
@Singleton(name = "CertificatesSchemaMigration")
@DependsOn("PlatformSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificatesSchemaMigration {

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    CertificateSettings settings;

    @PostConstruct
    void migrate() {
        ModuleSchemaMigrator.migrate(dataSource, Certificates.MODULE, CertificatesSchemaMigration.class.getClassLoader());
        settings.validate();
    }
}

package jp.hometech.platform.internal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.migration.ModuleSchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only while the datasource hands out a connection that PostgreSQL answers on (within 2 s). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "backoffice-database";

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named(NAME).status(valid)
                    .withData("datasource", ModuleSchemaMigrator.DATASOURCE)
                    .withData("database", connection.getMetaData().getDatabaseProductName() + " "
                            + connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("datasource", ModuleSchemaMigrator.DATASOURCE)
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}

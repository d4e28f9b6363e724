package jp.hometech.platform.internal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.api.health.SystemStatus;
import jp.hometech.platform.migration.ModuleSchemaMigrator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

@ApplicationScoped
public class DefaultSystemStatus implements SystemStatus {

    private static final Logger LOG = Logger.getLogger(DefaultSystemStatus.class.getName());

    @Resource(lookup = ModuleSchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @Override
    public Map<String, String> migrations() {
        return ModuleSchemaMigrator.migrated();
    }

    @Override
    public Optional<String> database() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return Optional.empty();
            }
            DatabaseMetaData meta = connection.getMetaData();
            return Optional.of(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The datasource " + ModuleSchemaMigrator.DATASOURCE + " does not answer", e);
            return Optional.empty();
        }
    }
}

package jp.hometech.platform.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jp.hometech.platform.migration.ModuleSchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;
import java.util.TreeMap;

/**
 * Ready once the schema migrations ran: one entry per module with its schema version. A module's migration
 * runs while the EAR deploys (a {@code @Startup} bean); WildFly's own {@code ready-deployments} check stays down
 * until the whole deployment is up, so "ready" means every module migrated. A failed migration shows here as
 * DOWN with its message (and fails the deployment).
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    static final String NAME = "backoffice-migrations";

    @Override
    public HealthCheckResponse call() {
        Map<String, String> migrated = new TreeMap<>(ModuleSchemaMigrator.migrated());
        boolean up = migrated.containsKey("platform") && migrated.values().stream().noneMatch(v -> v.startsWith("FAILED"));
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(up);
        migrated.forEach(response::withData);
        return response.build();
    }
}

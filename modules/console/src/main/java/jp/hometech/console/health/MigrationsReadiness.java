package jp.hometech.console.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.hometech.platform.api.health.SystemStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;
import java.util.TreeMap;

/**
 * Ready once the schema migrations ran: one entry per module with its schema version. Each module migrates
 * while the EAR deploys (a {@code @Startup} bean), and WildFly's own readiness checks stay down until the whole
 * deployment is up, so "ready" means every module migrated. A failed migration shows as DOWN with its message.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Inject
    SystemStatus status;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> migrated = new TreeMap<>(status.migrations());
        boolean up = migrated.containsKey("platform") && migrated.values().stream().noneMatch(v -> v.startsWith("FAILED"));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("backoffice-migrations").status(up);
        migrated.forEach(response::withData);
        return response.build();
    }
}

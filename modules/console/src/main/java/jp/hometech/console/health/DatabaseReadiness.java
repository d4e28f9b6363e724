package jp.hometech.console.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.hometech.platform.api.health.SystemStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the datasource hands out a connection that PostgreSQL answers on. The checks live in the
 * web module because WildFly registers MicroProfile Health checks of an EAR's web modules only.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SystemStatus status;

    @Override
    public HealthCheckResponse call() {
        return status.database()
                .map(database -> HealthCheckResponse.named("backoffice-database").up()
                        .withData("datasource", "java:jboss/datasources/BackofficeDS").withData("database", database).build())
                .orElseGet(() -> HealthCheckResponse.named("backoffice-database").down()
                        .withData("datasource", "java:jboss/datasources/BackofficeDS").build());
    }
}

package jp.hometech.platform.api.health;

import java.util.Map;
import java.util.Optional;

/**
 * What the readiness checks report (the console's MicroProfile Health checks, on WildFly's {@code /health/ready}):
 * the database and each module's schema migrations in this deployment.
 */
public interface SystemStatus {

    /** Each module whose schema migration ran in this deployment → its schema version, or "FAILED: …". */
    Map<String, String> migrations();

    /** The database's product and version when the datasource answers within 2 s; empty when it does not. */
    Optional<String> database();
}

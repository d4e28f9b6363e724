package jp.hometech.console.scheduling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The telephony system's entry point ({@code /api/scheduling/…}). No web.xml constraint covers it: each call
 * is authenticated by an API token ({@link WorkRecordsResource}), never by a user's session or password.
 */
@ApplicationPath("/api/scheduling")
public class SchedulingRestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(WorkRecordsResource.class);
    }
}

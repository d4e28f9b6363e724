package jp.hometech.systemtests.platform;

import jp.hometech.systemtests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What IT's probes see: WildFly's health endpoints on the management port, with our readiness checks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final String MANAGEMENT = System.getProperty("backoffice.it.management-url", "http://localhost:10090");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void readyReportsTheDatabaseAndEveryModulesMigrations() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s+", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"backoffice-database\""), body);
        assertTrue(body.contains("\"datasource\":\"java:jboss/datasources/BackofficeDS\""), body);
        assertTrue(body.contains("\"name\":\"backoffice-migrations\""), body);
        for (String module : new String[] {"platform", "recruitment", "training"}) {
            assertTrue(body.matches(".*\"" + module + "\":\"\\d+\".*"), module + " migrated: " + body);
        }
        assertTrue(body.contains("\"name\":\"ready-deployments\""), "WildFly's own deployment check is part of ready: " + body);
    }

    @Test
    void liveAnswersUp() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().replaceAll("\\s+", "").contains("\"status\":\"UP\""), live.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

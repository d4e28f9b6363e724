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
    void readyMeansTheEarIsDeployedWithItsMigrations() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s+", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        // The EAR is OK only after every module's @Startup migration ran; a failed migration fails the deployment.
        assertTrue(body.contains("\"name\":\"deployments-status\",\"status\":\"UP\",\"data\":{\"backoffice.ear\":\"OK\"}"), body);
        // WildFly adds one ready-deployment check for the EAR, named after whichever sub-deployment it registered.
        assertTrue(body.matches(".*\\{\"name\":\"ready-deployment\\.backoffice\\.ear\\.[a-z-]+\\.(war|jar)\",\"status\":\"UP\"}.*"), body);
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

package jp.hometech.systemtests.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Sets the business time of the server under test from outside it (browser tests), through the test-only
 * servlet that {@link Deployments#ear()} adds to the console. In-container tests inject
 * {@code jp.hometech.itclock.AdjustableBusinessClock} instead. Whoever sets the time puts it back
 * ({@link #reset()}) after the test.
 */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final URI ENDPOINT = URI.create(Browser.BASE_URL + Deployments.CLOCK_PATH);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** From now on it is {@code at} on the server, and time runs on from there. */
    public static OffsetDateTime runFrom(ZonedDateTime at) {
        return send(HttpRequest.newBuilder(query("at=" + encode(at))).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** From now on it is {@code at} on the server, and time stands still. */
    public static OffsetDateTime freezeAt(ZonedDateTime at) {
        return send(HttpRequest.newBuilder(query("frozen=true&at=" + encode(at))).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static OffsetDateTime now() {
        return send(HttpRequest.newBuilder(ENDPOINT).GET());
    }

    /** The business date on the server. */
    public static LocalDate today() {
        return now().atZoneSameInstant(ZONE).toLocalDate();
    }

    public static void reset() {
        send(HttpRequest.newBuilder(ENDPOINT).DELETE());
    }

    private static URI query(String query) {
        return URI.create(ENDPOINT + "?" + query);
    }

    private static String encode(ZonedDateTime at) {
        return URLEncoder.encode(at.toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }

    private static OffsetDateTime send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The test clock answered " + response.statusCode() + ": " + response.body());
            }
            return OffsetDateTime.parse(response.body().strip());
        } catch (IOException e) {
            throw new IllegalStateException("The test clock at " + ENDPOINT + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private BusinessTime() {
    }
}

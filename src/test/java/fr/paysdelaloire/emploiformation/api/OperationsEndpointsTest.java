package fr.paysdelaloire.emploiformation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/** Health, metrics and the contract are open without a token; readiness checks the database. */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // the Kubernetes startup probe's endpoint (k8s/base/deployment.yaml)
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database")); // api.DatabaseReadiness, its own connection (issue #24)
    }

    @Test
    void theRequestIdIsEchoedOrMadeUp() {
        given().header("X-Request-Id", "abc-123").auth().oauth2(Tokens.publisher())
                .get("/api/v1/sectors").then().statusCode(200).header("X-Request-Id", equalTo("abc-123"));
        given().header("X-Request-Id", "not sane\u0007").auth().oauth2(Tokens.publisher())
                .get("/api/v1/sectors").then().statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theBusinessCountersMove() {
        String before = metrics();
        List<String> intentions = Workflow.intentions(Workflow.MANDATAIRE, 5);
        String session = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(Workflow.lot(), intentions, 5));
        Workflow.toReview(Workflow.MANDATAIRE, session);
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200);
        String after = metrics();

        String eligible = "outcome=\"ELIGIBLE\"";
        String authorised = "decision=\"AUTHORISED\"";
        assertEquals(5, value(after, "ef_hiring_intentions_received_total", eligible)
                - value(before, "ef_hiring_intentions_received_total", eligible), "the five eligible intentions received are counted");
        assertEquals(1, value(after, "ef_session_requests_decided_total", authorised)
                - value(before, "ef_session_requests_decided_total", authorised), "the authorisation is counted");
        assertEquals(1, value(after, "ef_session_requests_time_to_decision_seconds_count", authorised)
                - value(before, "ef_session_requests_time_to_decision_seconds_count", authorised), "the decision is timed");
        assertTrue(value(after, "ef_session_requests_time_to_decision_seconds_sum", authorised)
                > value(before, "ef_session_requests_time_to_decision_seconds_sum", authorised), "its time adds up");
    }

    @Test
    void prometheusMetricsAreServed() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.publisher()).get("/api/v1/sectors").then().statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/session-requests/{id}", id).then().statusCode(404);
        Workflow.intentions(Workflow.MANDATAIRE, 1);

        // Prometheus' text format (0.0.4, what Prometheus falls back to after OpenMetrics): every family announced by its TYPE
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain"))
                .extract().asString();
        for (String family : List.of("# TYPE jvm_memory_used_bytes gauge", "# TYPE http_server_requests_seconds summary",
                "# TYPE ef_hiring_intentions_received_total counter")) {
            assertTrue(text.contains(family), family);
        }
        assertTrue(value(text, "ef_hiring_intentions_received_total", "outcome=\"ELIGIBLE\"") >= 1);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains("uri=\"/api/v1/sectors\"")
                && l.contains("status=\"200\"")), "the API's requests are timed by route and status");
        assertTrue(text.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                && l.contains("uri=\"/api/v1/session-requests/{id}\"")), "by route template");
        assertFalse(text.contains(id), "no identifier in a label: one series per route, not per object");
    }

    static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample of {@code metric} with {@code label} in Prometheus' text format; 0 when there is none yet. */
    static double value(String text, String metric, String label) {
        return text.lines().filter(l -> l.startsWith(metric + "{") && l.substring(0, l.lastIndexOf('}')).contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf('}') + 1).trim())).findFirst().orElse(0);
    }
}

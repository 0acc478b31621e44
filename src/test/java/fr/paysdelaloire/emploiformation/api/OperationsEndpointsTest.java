package fr.paysdelaloire.emploiformation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics and the contract are open without a token; readiness checks the database. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // the Kubernetes startup probe's endpoint (k8s/base/deployment.yaml)
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void theRequestIdIsEchoedOrMadeUp() {
        given().header("X-Request-Id", "abc-123").auth().oauth2(fr.paysdelaloire.emploiformation.support.Tokens.publisher())
                .get("/api/v1/sectors").then().statusCode(200).header("X-Request-Id", equalTo("abc-123"));
        given().header("X-Request-Id", "not sane\u0007").auth().oauth2(fr.paysdelaloire.emploiformation.support.Tokens.publisher())
                .get("/api/v1/sectors").then().statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theBusinessCountersMove() {
        String session = fr.paysdelaloire.emploiformation.support.Workflow.draft(fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE,
                fr.paysdelaloire.emploiformation.support.Workflow.request(fr.paysdelaloire.emploiformation.support.Workflow.lot(),
                        fr.paysdelaloire.emploiformation.support.Workflow.intentions(fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE, 5), 5));
        fr.paysdelaloire.emploiformation.support.Workflow.toReview(fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE, session);
        fr.paysdelaloire.emploiformation.support.Workflow.step(fr.paysdelaloire.emploiformation.support.Tokens.regionOfficer(), session,
                "authorise", "OK").statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ef_hiring_intentions_received_total{outcome=\"ELIGIBLE\"}"))
                .body(containsString("ef_session_requests_decided_total{decision=\"AUTHORISED\"}"))
                .body(containsString("ef_session_requests_time_to_decision_seconds_count{decision=\"AUTHORISED\"}"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}

package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class RateLimitAndHeadersTest {

    @Inject
    DataSource dataSource;

    @Test
    void callsCountedByAnotherReplicaSpendTheSameBudget() throws SQLException {
        // another replica has already served 5 calls of this client (limited to 5) in this window and the next one:
        // the rows it wrote in PostgreSQL are all this replica knows, and they are enough to refuse the 6th call
        long now = System.currentTimeMillis() / 1000;
        long window = now - now % 60;
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into rate_limit_window (client_id, window_start, calls) "
                        + "values ('other-replica-client', ?, 5), ('other-replica-client', ?, 5)")) {
            insert.setLong(1, window);
            insert.setLong(2, window + 60);
            insert.executeUpdate();
        }
        String client = Tokens.client("other-replica-client", Roles.EMPLOYER_PLATFORM, Map.of());
        given().auth().oauth2(client).get("/api/v1/sectors").then().statusCode(429)
                .contentType("application/problem+json")
                .header("X-RateLimit-Limit", equalTo("5"))
                .header("X-RateLimit-Remaining", equalTo("0"))
                .body("code", equalTo("TOO_MANY_REQUESTS"));
    }

    @Test
    void aBurstAboveTheLimitGets429WithTheHeadersAndAnotherClientIsUnaffected() {
        // burst-client is limited to 5 calls a minute in the test profile; the window may turn during the test,
        // so the test first spends whatever is left of the current window
        String burst = Tokens.client("burst-client", Roles.EMPLOYER_PLATFORM, Map.of());
        int status = 200;
        int calls = 0;
        while (status == 200 && calls < 20) {
            var response = given().auth().oauth2(burst).get("/api/v1/sectors").then().extract();
            status = response.statusCode();
            if (status == 200) {
                org.junit.jupiter.api.Assertions.assertEquals("5", response.header("X-RateLimit-Limit"));
                org.junit.jupiter.api.Assertions.assertNotNull(response.header("X-RateLimit-Remaining"));
                org.junit.jupiter.api.Assertions.assertNotNull(response.header("X-RateLimit-Reset"));
            }
            calls++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(calls <= 6, calls + " calls before the limit");
        given().auth().oauth2(burst).get("/api/v1/sectors").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("X-RateLimit-Limit", equalTo("5"))
                .header("X-RateLimit-Remaining", equalTo("0"))
                .body("code", equalTo("TOO_MANY_REQUESTS"));
        given().auth().oauth2(Tokens.employerPlatform()).get("/api/v1/sectors").then().statusCode(200)
                .header("X-RateLimit-Remaining", notNullValue());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerVersion() {
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/lots").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Server", nullValue());
        given().get("/api/v1/lots").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void corsIsClosedByDefault() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/lots").then().header("Access-Control-Allow-Origin", nullValue());
    }
}

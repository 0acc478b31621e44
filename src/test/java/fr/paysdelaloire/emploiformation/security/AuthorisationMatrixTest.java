package fr.paysdelaloire.emploiformation.security;

import static fr.paysdelaloire.emploiformation.support.AuthorisationMatrix.ALL;
import static fr.paysdelaloire.emploiformation.support.AuthorisationMatrix.MATRIX;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import fr.paysdelaloire.emploiformation.support.AuthorisationMatrix;
import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;

/**
 * Who may call what, for every operation of the served contract: the roles allowed are declared once in
 * {@link AuthorisationMatrix}, one row per operation; the test fails when an operation has no row (or a row no operation).
 * Every other role gets 403, a call without token 401. Objects of another organisation are checked in
 * {@link ObjectLevelAuthorisationTest} (404, so that existence does not leak).
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class AuthorisationMatrixTest {

    static List<String> servedOperations() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() throws Exception {
        Set<String> served = new TreeSet<>(servedOperations());
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(MATRIX.keySet());
        Set<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(served);
        assertEquals(Set.of(), missing, "operations without a row in the authorisation matrix");
        assertEquals(Set.of(), stale, "rows for operations the API does not have");
        assertTrue(served.size() >= 55, served.size() + " operations");
    }

    @Tag(Lanes.CAMPAIGN)
    @Test
    void everyRoleGetsWhatTheMatrixSaysAndNobodyGetsInWithoutAToken() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String operation : servedOperations()) {
            Set<String> allowed = MATRIX.getOrDefault(operation, Set.of());
            int anonymous = call(null, operation);
            if (anonymous != 401) {
                wrong.add(operation + " without a token: " + anonymous);
            }
            for (String role : ALL) {
                int status = call(Tokens.forRole(role), operation);
                boolean refused = status == 401 || status == 403;
                if (allowed.contains(role) == refused) {
                    wrong.add(operation + " as " + role + ": " + status + (allowed.contains(role) ? " (allowed)" : " (denied)"));
                }
                if (!allowed.contains(role) && status != 403) {
                    wrong.add(operation + " as " + role + ": expected 403, got " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyHealthMetricsAndTheContractAreOpen() {
        for (String open : List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            assertEquals(200, given().get(open).then().extract().statusCode(), open);
        }
    }

    static int call(String token, String operation) {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replace("{id}", UUID.randomUUID().toString()).replace("{delivery_id}", UUID.randomUUID().toString()).replace("{referral_id}", UUID.randomUUID().toString()).replace("{review_id}", UUID.randomUUID().toString()).replace("{proposal_id}", UUID.randomUUID().toString()).replace("{approval_id}", UUID.randomUUID().toString()).replace("{code}", "ZZ-MATRIX")
                .replace("{month}", "2026-01");
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (parts[0].equals("POST") || parts[0].equals("PUT")) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(parts[0], path).then().extract().statusCode();
    }
}

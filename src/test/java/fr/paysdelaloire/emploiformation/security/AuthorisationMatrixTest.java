package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.paysdelaloire.emploiformation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what, for every operation of the served contract: the roles allowed are declared once
 * below, one row per operation; the test fails when an operation has no row (or a row no operation).
 * Every other role gets 403, a call without token 401. Objects of another organisation are checked in
 * {@link ObjectLevelAuthorisationTest} (404, so that existence does not leak).
 */
@QuarkusTest
class AuthorisationMatrixTest {

    static final String P = Roles.EMPLOYER_PLATFORM;
    static final String T = Roles.TRAINING_BODY;
    static final String V = Roles.VALIDATOR;
    static final String R = Roles.REGION_OFFICER;
    static final String C = Roles.PUBLISHER;
    static final Set<String> ALL = Set.of(P, T, V, R, C);

    /** The matrix: operation → roles allowed. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static void row(String operation, String... roles) {
        MATRIX.put(operation, Set.of(roles));
    }

    static {
        row("GET /api/v1/sectors", P, T, V, R, C);
        row("GET /api/v1/lots", P, T, V, R, C);
        row("GET /api/v1/lots/{code}", P, T, V, R, C);
        row("PUT /api/v1/lots/{code}", R);
        row("GET /api/v1/lots/{code}/order-book", T, R);
        row("POST /api/v1/hiring-intentions", P, T, V);
        row("GET /api/v1/hiring-intentions", P, T, R);
        row("POST /api/v1/hiring-intentions/validation", P, T, V);
        row("POST /api/v1/hiring-intentions/search", P, T, R);
        row("GET /api/v1/hiring-intentions/{id}", P, T, R);
        row("PUT /api/v1/hiring-intentions/{id}", P, T, V);
        row("POST /api/v1/hiring-intentions/{id}/withdraw", P, T, V, R);
        row("GET /api/v1/hiring-intentions/{id}/history", P, T, R);
        row("POST /api/v1/hiring-intentions/{id}/arbitration", R);
        row("POST /api/v1/session-requests", T, R);
        row("GET /api/v1/session-requests", T, R);
        row("GET /api/v1/session-requests/{id}", T, R);
        row("PUT /api/v1/session-requests/{id}", T);
        row("GET /api/v1/session-requests/{id}/history", T, R);
        row("POST /api/v1/session-requests/{id}/submit", T);
        row("POST /api/v1/session-requests/{id}/withdraw", T);
        row("POST /api/v1/session-requests/{id}/start-review", R);
        row("POST /api/v1/session-requests/{id}/request-information", R);
        row("POST /api/v1/session-requests/{id}/authorise", R);
        row("POST /api/v1/session-requests/{id}/reject", R);
        row("POST /api/v1/session-requests/{id}/start", T, R);
        row("POST /api/v1/session-requests/{id}/complete", T, R);
        row("POST /api/v1/session-requests/{id}/cancel", T, R);
        row("POST /api/v1/session-requests/{id}/paths", V, T);
        row("GET /api/v1/session-requests/{id}/paths", V, T, R);
        row("GET /api/v1/instruction-queue", R);
        row("GET /api/v1/purchase-orders", T, R);
        row("GET /api/v1/purchase-orders/{id}", T, R);
        row("POST /api/v1/purchase-orders/{id}/amendments", R);
        row("POST /api/v1/purchase-orders/{id}/invoices", T);
        row("GET /api/v1/purchase-orders/{id}/invoices", T, R);
        row("GET /api/v1/invoices/{id}", T, R);
        row("POST /api/v1/invoices/{id}/validate", R);
        row("POST /api/v1/invoices/{id}/reject", R);
        row("POST /api/v1/derogations", T);
        row("GET /api/v1/derogations/{id}", T, R);
        row("POST /api/v1/derogations/{id}/grant", R);
        row("POST /api/v1/derogations/{id}/refuse", R);
        row("POST /api/v1/candidates", V);
        row("POST /api/v1/candidates/search", V, T, R);
        // every role reaches the operation; only those who handle the candidate get it, the others 404
        row("GET /api/v1/candidates/{id}", P, T, V, R, C);
        row("POST /api/v1/candidates/{id}/validate", V);
        row("POST /api/v1/candidates/{id}/referrals", V);
        row("GET /api/v1/candidates/{id}/referrals", V, T, R);
        row("POST /api/v1/candidates/{id}/referrals/{referral_id}/withdraw", V);
        row("GET /api/v1/referrals", V, T, R);
        row("GET /api/v1/referrals/{id}", V, T, R);
        row("GET /api/v1/candidates/{id}/access-log", R);
        row("GET /api/v1/paths/{id}", V, T, R);
        row("GET /api/v1/paths/{id}/history", V, T, R);
        row("POST /api/v1/paths/{id}/employer-agreement", T);
        row("POST /api/v1/paths/{id}/integrate", T);
        row("POST /api/v1/paths/{id}/drop-out", T);
        row("POST /api/v1/paths/{id}/outcome", T);
        row("GET /api/v1/paths/{id}/attendance", T, R);
        row("PUT /api/v1/paths/{id}/attendance/{month}", T);
        row("GET /api/v1/publication/sessions", C, V);
        row("GET /api/v1/publication/sessions.xml", C, V);
        row("POST /api/v1/publication/sessions/search", C, V);
        row("POST /api/v1/webhooks", P, T, V, R);
        row("GET /api/v1/webhooks", P, T, V, R);
        row("GET /api/v1/webhooks/{id}", P, T, V, R);
        row("DELETE /api/v1/webhooks/{id}", P, T, V, R);
        row("POST /api/v1/webhooks/{id}/secret", P, T, V, R);
        row("GET /api/v1/webhooks/{id}/deliveries", P, T, V, R);
        row("GET /api/v1/webhooks/{id}/deliveries/{delivery_id}", P, T, V, R);
        row("POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/replay", P, T, V, R);
        row("GET /api/v1/statistics/funnel", R);
    }

    static String token(String role) {
        return switch (role) {
            case P -> Tokens.employerPlatform();
            case T -> Tokens.trainingBody(Tokens.MANDATAIRE_SIRET);
            case V -> Tokens.validator();
            case R -> Tokens.regionOfficer();
            default -> Tokens.publisher();
        };
    }

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
                int status = call(token(role), operation);
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
        String path = parts[1].replace("{id}", UUID.randomUUID().toString()).replace("{delivery_id}", UUID.randomUUID().toString()).replace("{referral_id}", UUID.randomUUID().toString()).replace("{code}", "ZZ-MATRIX")
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

package fr.paysdelaloire.emploiformation.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Steps from an authorised session to an invoice, through HTTP, for the tests of money (§7, §8). */
public final class Billing {

    private Billing() {
    }

    /** A lot of the construction sector in Loire-Atlantique at this price per trainee-hour. */
    public static String lot(String price) {
        return Workflow.lot("CONSTRUCTION", List.of("44"), Workflow.MANDATAIRE, Workflow.COTRAITANT, new Workflow.BigDecimalString(price));
    }

    /** A session of {@code plannedHours} × 5 places of {@code body}, under review. */
    public static String reviewed(String lot, String body, int plannedHours, String start, String end) {
        Map<String, Object> request = Workflow.request(lot, Workflow.intentions(body, 5), 5);
        request.put("planned_hours", plannedHours);
        request.put("start_date", start);
        request.put("end_date", end);
        String id = Workflow.draft(body, request);
        Workflow.toReview(body, id);
        return id;
    }

    public static ValidatableResponse authorise(String session, String orderId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("reason", "OK"));
        if (orderId != null) {
            body.put("purchase_order_id", orderId);
        }
        return given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(Workflow.json(body))
                .header("If-Match", Workflow.etag(Tokens.regionOfficer(), Workflow.REQUESTS + "/" + session))
                .post(Workflow.REQUESTS + "/{id}/authorise", session).then();
    }

    /** Five integrated paths on the session's five intentions; the first {@code partTime} ones part-time at 350 h. */
    public static List<String> integratedPaths(String session, String body, int partTime) {
        List<String> intentions = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session)
                .then().extract().path("hiring_intention_ids");
        String validator = Tokens.validator();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < intentions.size(); i++) {
            String identifier = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "V";
            String candidate = given().auth().oauth2(validator).contentType(ContentType.JSON)
                    .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", "A", "last_name", "B",
                            "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                    .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
            given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
            String path = given().auth().oauth2(validator).contentType(ContentType.JSON)
                    .body(Workflow.json(Map.of("candidate_id", candidate, "hiring_intention_id", intentions.get(i))))
                    .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201).extract().path("id");
            String tb = Tokens.trainingBody(body);
            given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", path).then().statusCode(200);
            String integration = i < partTime ? "{\"individual_hours\":350,\"part_time\":true}" : "{}";
            given().auth().oauth2(tb).contentType(ContentType.JSON).body(integration)
                    .post("/api/v1/paths/{id}/integrate", path).then().statusCode(200);
            paths.add(path);
        }
        return paths;
    }

    public static ValidatableResponse attend(String body, String path, String month, String hours) {
        return given().auth().oauth2(Tokens.trainingBody(body)).contentType(ContentType.JSON).body("{\"hours\":" + hours + "}")
                .put("/api/v1/paths/{id}/attendance/{month}", path, month).then();
    }

    public static ValidatableResponse issue(String body, String order, String month) {
        return given().auth().oauth2(Tokens.trainingBody(body)).contentType(ContentType.JSON).body("{\"month\":\"" + month + "\"}")
                .post("/api/v1/purchase-orders/{id}/invoices", order).then();
    }

    /** A Region's amendment of an order (EXTRA_HOURS or TRANSFER). */
    public static ValidatableResponse amend(String order, Map<String, Object> amendment) {
        return given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(Workflow.json(amendment))
                .post("/api/v1/purchase-orders/{id}/amendments", order).then();
    }

    public static String orderOf(String session) {
        return Workflow.field(given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session).then()
                .extract().asString(), "purchase_order_id");
    }

    /** A candidate registered and validated by France Travail. */
    public static String validatedCandidate() {
        String validator = Tokens.validator();
        String identifier = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "L";
        String candidate = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", "A", "last_name", "B",
                        "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        return candidate;
    }

    /** Integrated paths on the given intentions of the session (validated candidates, positioned by France Travail). */
    public static List<String> integratedOn(String session, String body, List<String> intentions) {
        List<String> paths = new ArrayList<>();
        for (String intention : intentions) {
            Map<String, Object> path = new java.util.HashMap<>(Map.of("candidate_id", validatedCandidate()));
            if (intention != null) {
                path.put("hiring_intention_id", intention);
            }
            String id = given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON).body(Workflow.json(path))
                    .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.trainingBody(body)).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/paths/{id}/integrate", id).then().statusCode(200);
            paths.add(id);
        }
        return paths;
    }

    /** The Region decides the session's open review (a withdrawal it analyses, §6). */
    public static void decideOpenReview(String session, String decision) {
        String review = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}/reviews", session).then()
                .statusCode(200).extract().path("items.find { it.status == 'OPEN' }.id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(decision)
                .post(Workflow.REQUESTS + "/{id}/reviews/{review}/decision", session, review).then().statusCode(200);
    }
}

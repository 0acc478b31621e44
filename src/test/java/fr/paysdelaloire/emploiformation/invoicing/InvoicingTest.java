package fr.paysdelaloire.emploiformation.invoicing;

import static fr.paysdelaloire.emploiformation.support.Billing.attend;
import static fr.paysdelaloire.emploiformation.support.Billing.authorise;
import static fr.paysdelaloire.emploiformation.support.Billing.integratedPaths;
import static fr.paysdelaloire.emploiformation.support.Billing.issue;
import static fr.paysdelaloire.emploiformation.support.Billing.lot;
import static fr.paysdelaloire.emploiformation.support.Workflow.COTRAITANT;
import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fr.paysdelaloire.emploiformation.support.Billing;
import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/** Invoices computed by hand for one order covering two sessions; the API's figures must match to the cent. */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class InvoicingTest {

    static final String MANDATAIRE_TOKEN_SIRET = MANDATAIRE;

    /** A session of 750 hours × 5 places under review, running from September 2026 to March 2027 (hours are attended then). */
    static String reviewed(String lot, String body) {
        return Billing.reviewed(lot, body, 750, "2026-09-01", "2027-03-31");
    }

    static String validatedCandidate() {
        String validator = Tokens.validator();
        String identifier = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "H";
        String candidate = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", "A", "last_name", "B",
                        "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        return candidate;
    }

    static String positioned(String session, String intention) {
        return given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", validatedCandidate(), "hiring_intention_id", intention)))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse integrate(String body, String path, String integration) {
        return given().auth().oauth2(Tokens.trainingBody(body)).contentType(ContentType.JSON).body(integration)
                .post("/api/v1/paths/{id}/integrate", path).then();
    }

    /**
     * Issue #17 (2): a path's hours, the months attended and the invoices were not bounded by the order — a 100-hour
     * session produced a 10 150 € invoice on a 7 250 € order. A path has at most the planned hours ordered per path;
     * hours are attended in the months the session runs, at most 10 a day; an invoice never exceeds what the order has
     * left, and says by how much it would.
     */
    @Test
    void billingInputsNeverExceedWhatTheRegionOrdered() {
        String lot = lot("14.50");
        String session = Billing.reviewed(lot, MANDATAIRE, 100, "2026-06-25", "2026-10-31");
        String order = authorise(session, null).statusCode(200).extract().path("purchase_order_id");
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders/{id}", order).then()
                .body("trainee_hours", equalTo(500.0f)).body("amount", equalTo(7250.0f));
        List<String> intentions = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session)
                .then().extract().path("hiring_intention_ids");
        String tb = Tokens.trainingBody(MANDATAIRE);
        List<String> paths = new ArrayList<>();
        for (String intention : intentions) {
            String path = positioned(session, intention);
            given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", path).then().statusCode(200);
            paths.add(path);
        }
        // individual hours: at most the 100 ordered per path
        integrate(MANDATAIRE, paths.get(0), "{\"individual_hours\":5000}").statusCode(422)
                .body("detail", containsString("PATH_HOURS")).body("detail", containsString("§7"));
        integrate(MANDATAIRE, paths.get(0), "{\"individual_hours\":101}").statusCode(422);
        integrate(MANDATAIRE, paths.get(0), "{\"individual_hours\":100}").statusCode(200);
        for (String path : paths.subList(1, 5)) {
            integrate(MANDATAIRE, path, "{}").statusCode(200).body("individual_hours", equalTo(100));
        }
        // months the session runs only, and no more hours than the month holds: June has 6 days of it, 60 hours
        attend(MANDATAIRE, paths.get(0), "2026-05", "10").statusCode(422).body("detail", containsString("ATTENDANCE_MONTH"));
        attend(MANDATAIRE, paths.get(0), "2026-11", "10").statusCode(422).body("detail", containsString("2026-10-31"));
        attend(MANDATAIRE, paths.get(0), "2026-06", "61").statusCode(422).body("detail", containsString("60"));
        attend(MANDATAIRE, paths.get(0), "2026-06", "60").statusCode(201);
        attend(MANDATAIRE, paths.get(0), "2026-07", "40").statusCode(201);
        for (String path : paths.subList(1, 4)) {
            attend(MANDATAIRE, path, "2026-07", "100").statusCode(201);
        }
        attend(MANDATAIRE, paths.get(4), "2026-07", "60").statusCode(201);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"reason\":\"Abandon\"}")
                .post("/api/v1/paths/{id}/drop-out", paths.get(4)).then().statusCode(200);
        issue(MANDATAIRE, order, "2026-06").statusCode(201).body("hours", equalTo(60.0f));
        issue(MANDATAIRE, order, "2026-07").statusCode(201).body("hours", equalTo(400.0f));
        // the drop-out is replaced; the replacement attends its 100 hours: 560 in all on a 500-hour order
        String replacement = positioned(session, intentions.get(4));
        given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", replacement).then().statusCode(200);
        integrate(MANDATAIRE, replacement, "{}").statusCode(200);
        attend(MANDATAIRE, replacement, "2026-09", "100").statusCode(201);
        issue(MANDATAIRE, order, "2026-09").statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("ORDER_EXCEEDED"))
                .body("detail", containsString("by 60 trainee-hours (870.00 €)"))
                .body("detail", containsString("ordered 500"))
                .body("detail", containsString("already invoiced 460"));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders/{id}/invoices", order).then()
                .body("size()", equalTo(2));
        given().auth().oauth2(tb).get("/api/v1/lots/{code}/order-book", lot).then()
                .body("purchase_orders[0].remaining_hours", equalTo(40.0f));
        // an extra-hours amendment of the Region for the replacement makes room: then the invoice goes through
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "EXTRA_HOURS", "extra_hours", 60, "session_request_id", session,
                        "path_ids", List.of(replacement), "reason", "Remplacement d'un abandon")))
                .post("/api/v1/purchase-orders/{id}/amendments", order).then().statusCode(201);
        issue(MANDATAIRE, order, "2026-09").statusCode(201).body("hours", equalTo(100.0f)).body("amount", equalTo(1450.0f));
    }

    @Test
    void monthlyInvoicesOfAnOrderCoveringTwoSessionsMatchTheHandComputedFigures() {
        String lot = lot("13.37");
        String sessionA = reviewed(lot, MANDATAIRE);
        String order = authorise(sessionA, null).statusCode(200).extract().path("purchase_order_id");
        String sessionB = reviewed(lot, COTRAITANT);
        authorise(sessionB, order).statusCode(200).body("purchase_order_id", equalTo(order));
        // 750 h x 5 places, twice: 7500 trainee-hours x 13.37 = 100275.00
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders/{id}", order).then().statusCode(200)
                .body("session_request_ids", hasSize(2)).body("paths", equalTo(10))
                .body("trainee_hours", equalTo(7500.0f)).body("amount", equalTo(100275.0f));

        List<String> a = integratedPaths(sessionA, MANDATAIRE, 1);
        List<String> b = integratedPaths(sessionB, COTRAITANT, 0);
        // March: A = 60.25 (part-time) + 120.5 + 100 + 40 (drops out mid-month) ; B = 130 + 130
        attend(MANDATAIRE, a.get(0), "2026-09", "60.25").statusCode(201);
        attend(MANDATAIRE, a.get(1), "2026-09", "120.5").statusCode(201);
        attend(MANDATAIRE, a.get(2), "2026-09", "100").statusCode(201);
        attend(MANDATAIRE, a.get(3), "2026-09", "40").statusCode(201);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).body("{\"reason\":\"Abandon\"}")
                .post("/api/v1/paths/{id}/drop-out", a.get(3)).then().statusCode(200);
        attend(COTRAITANT, b.get(0), "2026-09", "130").statusCode(201);
        attend(COTRAITANT, b.get(1), "2026-09", "130").statusCode(201);
        // a body does not record hours of a session it does not run
        attend(COTRAITANT, a.get(4), "2026-09", "10").statusCode(404);
        attend(Workflow.OTHER_MANDATAIRE, b.get(2), "2026-09", "10").statusCode(404);

        // 580.75 h x 13.37 = 7764.6275 -> 7764.63
        String invoice = issue(MANDATAIRE, order, "2026-09").statusCode(201)
                .body("hours", equalTo(580.75f)).body("amount", equalTo(7764.63f)).body("status", equalTo("ISSUED"))
                .body("sessions.find { it.session_request_id == '" + sessionA + "' }.hours", equalTo(320.75f))
                .body("sessions.find { it.session_request_id == '" + sessionB + "' }.hours", equalTo(260.0f))
                .body("sessions.find { it.session_request_id == '" + sessionA + "' }.lines", hasSize(4))
                .extract().path("id");
        issue(MANDATAIRE, order, "2026-09").statusCode(409).body("related", equalTo("/api/v1/invoices/" + invoice));
        issue(COTRAITANT, order, "2026-09").statusCode(403);
        issue(Workflow.OTHER_MANDATAIRE, order, "2026-09").statusCode(404);
        // the co-traitant sees its own session's lines only; another groupement nothing; the publisher nothing
        given().auth().oauth2(Tokens.trainingBody(COTRAITANT)).get("/api/v1/invoices/{id}", invoice).then().statusCode(200)
                .body("sessions", hasSize(1)).body("sessions[0].session_request_id", equalTo(sessionB));
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get("/api/v1/invoices/{id}", invoice).then().statusCode(404);
        given().auth().oauth2(Tokens.publisher()).get("/api/v1/invoices/{id}", invoice).then().statusCode(403);
        given().auth().oauth2(Tokens.publisher()).get("/api/v1/purchase-orders/{id}/invoices", order).then().statusCode(403);

        // invoiced hours are not corrected; a rejection frees them; the month is invoiced again
        attend(MANDATAIRE, a.get(1), "2026-09", "121").statusCode(409);
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/invoices/{id}/reject", invoice).then().statusCode(400);
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"reason\":\"Heures à corriger\"}")
                .post("/api/v1/invoices/{id}/reject", invoice).then().statusCode(200).body("status", equalTo("REJECTED"));
        attend(MANDATAIRE, a.get(1), "2026-09", "121").statusCode(200);
        // 581.25 h x 13.37 = 7771.3125 -> 7771.31
        String second = issue(MANDATAIRE, order, "2026-09").statusCode(201)
                .body("hours", equalTo(581.25f)).body("amount", equalTo(7771.31f)).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/invoices/{id}/validate", second).then().statusCode(200).body("status", equalTo("VALIDATED"));
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/invoices/{id}/validate", second).then().statusCode(409);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/paths/{id}/attendance", a.get(1)).then().statusCode(200)
                .body("history", hasSize(2)).body("history[1].previous_hours", equalTo(120.5f)).body("total_hours", equalTo(121.0f));

        // a part-time path attends at most its 350 individual hours (§5, §7)
        attend(MANDATAIRE, a.get(0), "2026-10", "280").statusCode(201);
        attend(MANDATAIRE, a.get(0), "2026-11", "10").statusCode(422).body("detail", containsString("ATTENDANCE_CAP"));
        attend(MANDATAIRE, a.get(0), "2026-11", "9.75").statusCode(201);

        // extra hours for a named path (§7): the order grows by 100 trainee-hours -> 7600 x 13.37 = 101612.00
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "EXTRA_HOURS", "extra_hours", 100, "session_request_id", sessionA,
                        "path_ids", List.of(a.get(0)), "reason", "Certification complète")))
                .post("/api/v1/purchase-orders/{id}/amendments", order).then().statusCode(201)
                .body("trainee_hours", equalTo(7600.0f)).body("amount", equalTo(101612.0f));
        attend(MANDATAIRE, a.get(0), "2026-11", "100").statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/paths/{id}/attendance", a.get(0)).then()
                .body("cap_hours", equalTo(450.0f)).body("total_hours", equalTo(440.25f));

        // the order book: ordered 7600, invoiced and validated 581.25 against the minimum of 10000
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/lots/{code}/order-book", lot).then().statusCode(200)
                .body("ordered_hours", equalTo(7600.0f)).body("ordered_amount", equalTo(101612.0f))
                .body("invoiced_hours", equalTo(581.25f)).body("validated_amount", equalTo(7771.31f))
                .body("hours_to_minimum", equalTo(2400.0f)).body("below_minimum", equalTo(true))
                .body("purchase_orders", hasSize(1))
                .body("purchase_orders[0].remaining_hours", equalTo(7018.75f));
        given().auth().oauth2(Tokens.trainingBody(COTRAITANT)).get("/api/v1/lots/{code}/order-book", lot).then().statusCode(404);
    }

    @Test
    void hoursMoveBetweenSessionsOfOneLotOnlyAndNeverMakeAnOrderNegative() {
        String lot = lot("10.00");
        String sessionA = reviewed(lot, MANDATAIRE);
        String orderA = authorise(sessionA, null).statusCode(200).extract().path("purchase_order_id");
        String sessionB = reviewed(lot, MANDATAIRE);
        String orderB = authorise(sessionB, null).statusCode(200).extract().path("purchase_order_id");
        String otherLot = lot("10.00");
        String sessionC = reviewed(otherLot, MANDATAIRE);
        authorise(sessionC, null).statusCode(200);

        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "TRANSFER", "target_session_request_id", sessionC, "hours", 300, "reason", "x")))
                .post("/api/v1/purchase-orders/{id}/amendments", orderA).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("FUNGIBILITY"))
                .body("detail", containsString("§7"));
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "TRANSFER", "target_session_request_id", sessionB, "hours", 1_000_000, "reason", "x")))
                .post("/api/v1/purchase-orders/{id}/amendments", orderA).then().statusCode(422)
                .body("detail", containsString("FUNGIBILITY")).body("detail", containsString("has 3750 trainee-hours it has not attended"));
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "TRANSFER", "target_session_request_id", sessionB, "hours", 300, "reason",
                        "Parcours plus longs sur la session B")))
                .post("/api/v1/purchase-orders/{id}/amendments", orderA).then().statusCode(201)
                .body("trainee_hours", equalTo(3450.0f)).body("amount", equalTo(34500.0f))
                .body("amendments[0].kind", equalTo("TRANSFER_OUT"));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders/{id}", orderB).then()
                .body("trainee_hours", equalTo(4050.0f)).body("amount", equalTo(40500.0f))
                .body("amendments[0].kind", equalTo("TRANSFER_IN"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "TRANSFER", "target_session_request_id", sessionB, "hours", 1, "reason", "x")))
                .post("/api/v1/purchase-orders/{id}/amendments", orderA).then().statusCode(403);
    }
}

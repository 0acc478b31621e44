package fr.paysdelaloire.emploiformation.invoicing;

import static fr.paysdelaloire.emploiformation.support.Billing.amend;
import static fr.paysdelaloire.emploiformation.support.Billing.attend;
import static fr.paysdelaloire.emploiformation.support.Billing.authorise;
import static fr.paysdelaloire.emploiformation.support.Billing.integratedPaths;
import static fr.paysdelaloire.emploiformation.support.Billing.issue;
import static fr.paysdelaloire.emploiformation.support.Billing.lot;
import static fr.paysdelaloire.emploiformation.support.Billing.orderOf;
import static fr.paysdelaloire.emploiformation.support.Billing.reviewed;
import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #20 (1, 2): one ledger of trainee-hours per order — ordered, attended, invoiced, remaining — for the order, its
 * sessions and its paths; a transfer moves hours the receiving session's paths can use and the giving one can no longer
 * attend nor invoice. Every figure below is computed by hand in the comments.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class OrderLedgerTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void theLedgerBoundsAttendanceAndInvoicesBySessionAndTransfersMoveUsableHours() {
        String lot = lot("14.50");
        String region = Tokens.regionOfficer();
        // A and B: 5 places × 100 h each, September to November 2026: 500 trainee-hours, 7 250.00 € per order
        String a = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(a, null).statusCode(200);
        String b = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(b, null).statusCode(200);
        String orderA = orderOf(a);
        String orderB = orderOf(b);
        List<String> pa = integratedPaths(a, MANDATAIRE, 0);
        List<String> pb = integratedPaths(b, MANDATAIRE, 0);

        // B gives A 100 trainee-hours (§7): A holds 600 (8 700.00 €), B 400 (5 800.00 €); A's paths may use them
        amend(orderB, Map.of("kind", "TRANSFER", "session_request_id", b, "target_session_request_id", a, "hours", 100,
                "reason", "Heures de B vers A")).statusCode(201);
        // 20 extra hours for A's first path: A holds 620 (8 990.00 €)
        amend(orderA, Map.of("kind", "EXTRA_HOURS", "extra_hours", 20, "session_request_id", a, "path_ids", List.of(pa.get(0)),
                "reason", "Certification complète")).statusCode(201);
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", orderA).then()
                .body("trainee_hours", equalTo(620.0f)).body("amount", equalTo(8990.0f));
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", orderB).then()
                .body("trainee_hours", equalTo(400.0f)).body("amount", equalTo(5800.0f));

        // September and October: 40 h on each path of both sessions → A 400, B 400 (B is full)
        for (String month : List.of("2026-09", "2026-10")) {
            for (String path : pa) {
                attend(MANDATAIRE, path, month, "40").statusCode(201);
            }
            for (String path : pb) {
                attend(MANDATAIRE, path, month, "40").statusCode(201);
            }
        }
        // B has nothing left to give: ordered 400, attended 400
        amend(orderB, Map.of("kind", "TRANSFER", "session_request_id", b, "target_session_request_id", a, "hours", 1,
                "reason", "Encore")).statusCode(422).body("detail", containsString("FUNGIBILITY")).body("detail", containsString("has 0"));
        // another 10 h on one of B's paths are attended (a fact: its cap of 100 is not reached, 90) but not invoiced: B's
        // order holds 400 and invoices 400 (September and October, below)
        attend(MANDATAIRE, pb.get(0), "2026-11", "10").statusCode(201);
        // November on A: path 0 takes 120 (200 in all ≤ its cap 100 + 20 extra + 100 moved in = 220; 141, 221 in all,
        // would not), path 1 takes 100 (180 ≤ its cap 200): A has attended 620, all it holds
        attend(MANDATAIRE, pa.get(0), "2026-11", "141").statusCode(422).body("detail", containsString("ATTENDANCE_CAP"))
                .body("detail", containsString("221"));
        attend(MANDATAIRE, pa.get(0), "2026-11", "120").statusCode(201);
        attend(MANDATAIRE, pa.get(1), "2026-11", "100").statusCode(201);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/paths/{id}/attendance", pa.get(0)).then()
                .body("cap_hours", equalTo(220.0f)).body("total_hours", equalTo(200.0f));

        // invoices: A 200 h (2 900.00 €), 200 h (2 900.00 €), 220 h (3 190.00 €) = 620 h, 8 990.00 €; B 200 + 200 h
        issue(MANDATAIRE, orderA, "2026-09").statusCode(201).body("hours", equalTo(200.0f)).body("amount", equalTo(2900.0f));
        issue(MANDATAIRE, orderA, "2026-10").statusCode(201).body("hours", equalTo(200.0f)).body("amount", equalTo(2900.0f));
        issue(MANDATAIRE, orderA, "2026-11").statusCode(201).body("hours", equalTo(220.0f)).body("amount", equalTo(3190.0f));
        issue(MANDATAIRE, orderB, "2026-09").statusCode(201).body("amount", equalTo(2900.0f));
        issue(MANDATAIRE, orderB, "2026-10").statusCode(201).body("amount", equalTo(2900.0f));
        issue(MANDATAIRE, orderB, "2026-11").statusCode(422).contentType(PROBLEM).body("detail", containsString("ORDER_EXCEEDED"))
                .body("detail", containsString("by 10 trainee-hours (145.00 €)"));

        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/purchase-orders/{id}/ledger", orderA).then().statusCode(200)
                .body("ordered_hours", equalTo(620.0f)).body("attended_hours", equalTo(620.0f))
                .body("invoiced_hours", equalTo(620.0f)).body("remaining_hours", equalTo(0.0f))
                .body("ordered_amount", equalTo(8990.0f)).body("invoiced_amount", equalTo(8990.0f))
                .body("sessions[0].ordered_hours", equalTo(620.0f)).body("sessions[0].extra_hours", equalTo(20.0f))
                .body("sessions[0].moved_in_hours", equalTo(100.0f)).body("sessions[0].remaining_hours", equalTo(0.0f))
                .body("sessions[0].paths.find { it.path_id == '" + pa.get(0) + "' }.cap_hours", equalTo(220.0f))
                .body("sessions[0].paths.find { it.path_id == '" + pa.get(0) + "' }.invoiced_hours", equalTo(200.0f));
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}/ledger", orderB).then()
                .body("ordered_hours", equalTo(400.0f)).body("sessions[0].moved_out_hours", equalTo(100.0f))
                .body("sessions[0].attended_hours", equalTo(410.0f)).body("sessions[0].invoiced_hours", equalTo(400.0f))
                .body("sessions[0].remaining_hours", equalTo(0.0f)).body("remaining_hours", equalTo(0.0f));
        // the lot's order book is their sum: 1 020 trainee-hours, 14 790.00 €, all invoiced, nothing negative
        given().auth().oauth2(region).get("/api/v1/lots/{code}/order-book", lot).then()
                .body("ordered_hours", equalTo(1020.0f)).body("ordered_amount", equalTo(14790.0f))
                .body("invoiced_hours", equalTo(1020.0f)).body("invoiced_amount", equalTo(14790.0f))
                .body("purchase_orders.remaining_hours", org.hamcrest.Matchers.everyItem(equalTo(0.0f)));
        // a validated invoice is corrected by a credit note, never edited: September of A is cancelled (−200 h,
        // −2 900.00 €), the ledger no longer counts it, and the month is invoiced again
        String september = given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}/invoices", orderA).then()
                .extract().path("find { it.month == '2026-09' }.id");
        String credit = "/api/v1/invoices/{id}/credit-note";
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).body("{\"reason\":\"Doublon\"}")
                .post(credit, september).then().statusCode(409).body("detail", containsString("VALIDATED"));
        given().auth().oauth2(region).contentType(ContentType.JSON).body("{}").post("/api/v1/invoices/{id}/validate", september)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"reason\":\"x\"}").post(credit, september).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).body("{}").post(credit, september)
                .then().statusCode(400);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Heures de septembre saisies deux fois\"}").post(credit, september).then().statusCode(200)
                .body("status", equalTo("CREDITED")).body("credit_note.hours", equalTo(-200.0f))
                .body("credit_note.amount", equalTo(-2900.0f));
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}/ledger", orderA).then()
                .body("invoiced_hours", equalTo(420.0f)).body("remaining_hours", equalTo(200.0f))
                .body("invoiced_amount", equalTo(6090.0f));
        issue(MANDATAIRE, orderA, "2026-09").statusCode(201).body("hours", equalTo(200.0f)).body("amount", equalTo(2900.0f));

        // the invoice as the finance team files it: CSV, lines per path, totals before and with VAT (exempt: 0)
        String november = given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}/invoices", orderA).then()
                .extract().path("find { it.month == '2026-11' }.id");
        String csv = given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/invoices/{id}/export", november).then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String number = given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", orderA).then().extract().path("number");
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("bon_de_commande;" + number + "\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(a + ";ONE_JOB_ONE_TRAINING;" + pa.get(0) + ";120.00;1740.00\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("total_heures;220.00\ntotal_ht;3190.00\ntva;0.00\ntotal_ttc;3190.00\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("mention_tva;Exonération de TVA, article 261-4-4°-a du CGI"), csv);
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get("/api/v1/invoices/{id}/export", november).then()
                .statusCode(404);

        // another groupement's body reads no ledger
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get("/api/v1/purchase-orders/{id}/ledger", orderA)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(Workflow.COTRAITANT)).contentType(ContentType.JSON)
                .get("/api/v1/purchase-orders/{id}/ledger", orderA).then().statusCode(404);
    }

    /**
     * Issue #20 (3): the Region's socle session holds trainees (§10): validators position them with no hiring intention,
     * within its places; the body integrates them; their hours are invoiced on the same monthly invoice as the lot's
     * other component (§7), the lines marked SOCLE. The order of a session of the scheme (5 × 100 h: 500 trainee-hours,
     * 7 250.00 €) takes the socle session (3 places × 50 h: 150, 2 175.00 €): 650 trainee-hours, 9 425.00 €. September:
     * 40 h on one path of each: one invoice of 80 h, 1 160.00 €.
     */
    @Test
    void aSocleSessionHoldsTraineesAndItsHoursAreInvoiced() {
        String lot = lot("14.50");
        String scheme = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(scheme, null).statusCode(200);
        String order = orderOf(scheme);
        List<String> schemePaths = integratedPaths(scheme, MANDATAIRE, 0);
        java.util.Map<String, Object> socle = Workflow.request(lot, List.of(), 3);
        socle.put("kind", "SOCLE");
        socle.put("planned_hours", 50);
        socle.put("start_date", "2026-09-01");
        socle.put("end_date", "2026-11-30");
        socle.put("purchase_order_id", order);
        String session = Workflow.create(Tokens.regionOfficer(), socle).statusCode(201).body("status", equalTo("AUTHORISED"))
                .body("evaluation.rules.find { it.rule == 'GROUP_SIZE' }.faq_ref", equalTo("§10")).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders/{id}", order).then()
                .body("session_request_ids", org.hamcrest.Matchers.hasSize(2))
                .body("trainee_hours", equalTo(650.0f)).body("amount", equalTo(9425.0f));
        String validator = Tokens.validator();
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String candidate = fr.paysdelaloire.emploiformation.support.Billing.validatedCandidate();
            var answer = given().auth().oauth2(validator).contentType(ContentType.JSON)
                    .body(Workflow.json(java.util.Map.of("candidate_id", candidate))).post(Workflow.REQUESTS + "/{id}/paths", session).then();
            if (i < 3) {
                paths.add(answer.statusCode(201).body("hiring_intention_id", org.hamcrest.Matchers.nullValue()).extract().path("id"));
            } else {
                answer.statusCode(409).contentType(PROBLEM).body("detail", containsString("3 places are filled"));
            }
        }
        String intention = Workflow.intention(MANDATAIRE, 1, null);
        given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(java.util.Map.of("candidate_id", fr.paysdelaloire.emploiformation.support.Billing.validatedCandidate(),
                        "hiring_intention_id", intention)))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(400);
        String tb = Tokens.trainingBody(MANDATAIRE);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{}").post("/api/v1/paths/{id}/integrate", paths.get(0)).then()
                .statusCode(200).body("individual_hours", equalTo(50));
        attend(MANDATAIRE, paths.get(0), "2026-09", "51").statusCode(422).body("detail", containsString("ATTENDANCE_CAP"));
        attend(MANDATAIRE, paths.get(0), "2026-09", "40").statusCode(201);
        attend(MANDATAIRE, schemePaths.get(0), "2026-09", "40").statusCode(201);
        issue(MANDATAIRE, order, "2026-09").statusCode(201).body("hours", equalTo(80.0f)).body("amount", equalTo(1160.0f))
                .body("sessions.find { it.session_request_id == '" + session + "' }.kind", equalTo("SOCLE"))
                .body("sessions.find { it.session_request_id == '" + scheme + "' }.kind", equalTo("ONE_JOB_ONE_TRAINING"));
        // a session of the scheme names no order at creation: it joins one when the Region authorises it
        java.util.Map<String, Object> misplaced = Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5);
        misplaced.put("purchase_order_id", order);
        Workflow.create(Tokens.trainingBody(MANDATAIRE), misplaced).statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("purchase_order_id"));
    }

    /**
     * Issue #20 (1): an order covering two sessions still bounds each one. A (5 × 100 h) and B (5 × 100 h) share one
     * order of 1 000 trainee-hours at 10.00 €. On A a trainee drops out after 60 h and a replacement attends 100 h: A has
     * attended 560 h, 60 more than the 500 the order holds for it. The order has room (B attended nothing), the session
     * has not: the invoice is refused with SESSION_VOLUME until the Region orders extra hours for the replacement.
     */
    @Test
    void aSessionInvoicesNoMoreThanItsShareOfAnOrderCoveringSeveral() {
        String lot = lot("10.00");
        String a = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(a, null).statusCode(200);
        String order = orderOf(a);
        String b = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(b, order).statusCode(200);
        List<String> pa = integratedPaths(a, MANDATAIRE, 0);
        String tb = Tokens.trainingBody(MANDATAIRE);
        for (String path : pa.subList(0, 4)) {
            attend(MANDATAIRE, path, "2026-09", "100").statusCode(201);
        }
        attend(MANDATAIRE, pa.get(4), "2026-09", "60").statusCode(201);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"reason\":\"Abandon\"}")
                .post("/api/v1/paths/{id}/drop-out", pa.get(4)).then().statusCode(200);
        String intention = given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/paths/{id}", pa.get(4)).then()
                .extract().path("hiring_intention_id");
        String replacement = given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", fr.paysdelaloire.emploiformation.support.Billing.validatedCandidate(),
                        "hiring_intention_id", intention)))
                .post(Workflow.REQUESTS + "/{id}/paths", a).then().statusCode(201).extract().path("id");
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{}").post("/api/v1/paths/{id}/integrate", replacement).then()
                .statusCode(200);
        attend(MANDATAIRE, replacement, "2026-10", "100").statusCode(201);
        issue(MANDATAIRE, order, "2026-09").statusCode(201).body("hours", equalTo(460.0f)).body("amount", equalTo(4600.0f));
        issue(MANDATAIRE, order, "2026-10").statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("SESSION_VOLUME")).body("detail", containsString("60 trainee-hours more than the 500"));
        // the Region orders 60 extra hours for the replacement (§7): A holds 560, the order 1 060 (10 600.00 €)
        amend(order, Map.of("kind", "EXTRA_HOURS", "extra_hours", 60, "session_request_id", a, "path_ids", List.of(replacement),
                "reason", "Remplacement d'un abandon")).statusCode(201).body("trainee_hours", equalTo(1060.0f))
                .body("amount", equalTo(10600.0f));
        issue(MANDATAIRE, order, "2026-10").statusCode(201).body("hours", equalTo(100.0f)).body("amount", equalTo(1000.0f));
    }

    /**
     * Issue #20 (5), the whole story by construction. Lot at 12.00 € per trainee-hour, September to November 2026.
     *
     * <pre>
     * S1 scheme 5 × 100 h, order O1                                  500 h   6 000.00 €
     * S2 socle 4 × 50 h joins O1 (§7)                      O1  700 h   8 400.00 €
     * S3 scheme 5 × 100 h, order O3; a withdrawal, the Region reduces to 4   O3  400 h   4 800.00 €
     * S4 scheme 5 × 100 h, order O4; a withdrawal, the Region cancels        O4  cancelled, out of the order book
     * 50 h moved from S3 to S1 (§7)                          O3  350 h   4 200.00 €; O1 750 h 9 000.00 €
     * 10 extra hours for S1's first path (§7)                 O1  760 h   9 120.00 €
     * attendance   S1: 5 × 30, 5 × 30, 60 + 4 × 30 = 480 (first path 120 ≤ 100 + 10 + 50)   S1 holds 560
     *              S2: 4 × 20, 4 × 20, 4 × 10 = 200                                       S2 holds 200
     *              S3: 4 × 30, 4 × 30, 4 × 27.5 = 350                                     S3 holds 350
     * invoices O1: 230 h 2 760.00, 230 h 2 760.00, 220 h 2 640.00 = 680 h 8 160.00 €; remaining 80 h
     *          O3: 120 h 1 440.00, 120 h 1 440.00, 110 h 1 320.00 = 350 h 4 200.00 €; remaining 0
     * order book: ordered 1 110 h 13 320.00 €, invoiced 1 030 h 12 360.00 €
     * </pre>
     */
    @Test
    void theWholeStoryOfALotFromOrdersToInvoicesMatchesTheFiguresComputedByHand() {
        String lot = lot("12.00");
        String region = Tokens.regionOfficer();
        String s1 = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(s1, null).statusCode(200);
        String o1 = orderOf(s1);
        java.util.Map<String, Object> socle = Workflow.request(lot, List.of(), 4);
        socle.put("kind", "SOCLE");
        socle.put("planned_hours", 50);
        socle.put("start_date", "2026-09-01");
        socle.put("end_date", "2026-11-30");
        socle.put("purchase_order_id", o1);
        String s2 = Workflow.create(region, socle).statusCode(201).extract().path("id");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", o1).then()
                .body("trainee_hours", equalTo(700.0f)).body("amount", equalTo(8400.0f));

        String s3 = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(s3, null).statusCode(200);
        String o3 = orderOf(s3);
        List<String> i3 = given().auth().oauth2(region).get(Workflow.REQUESTS + "/{id}", s3).then().extract().path("hiring_intention_ids");
        Workflow.withdrawIntention(Tokens.trainingBody(MANDATAIRE), i3.get(4), "Désistement").statusCode(200);
        fr.paysdelaloire.emploiformation.support.Billing.decideOpenReview(s3, "{\"decision\":\"REDUCE_PLACES\",\"reason\":\"Réduite à quatre\"}");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", o3).then()
                .body("trainee_hours", equalTo(400.0f)).body("amount", equalTo(4800.0f));

        String s4 = reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        authorise(s4, null).statusCode(200);
        String o4 = orderOf(s4);
        List<String> i4 = given().auth().oauth2(region).get(Workflow.REQUESTS + "/{id}", s4).then().extract().path("hiring_intention_ids");
        Workflow.withdrawIntention(Tokens.trainingBody(MANDATAIRE), i4.get(0), "Désistement").statusCode(200);
        fr.paysdelaloire.emploiformation.support.Billing.decideOpenReview(s4, "{\"decision\":\"CANCEL_SESSION\",\"reason\":\"Annulée\"}");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", o4).then().body("status", equalTo("CANCELLED"));

        List<String> p1 = integratedPaths(s1, MANDATAIRE, 0);
        amend(o3, Map.of("kind", "TRANSFER", "session_request_id", s3, "target_session_request_id", s1, "hours", 50,
                "reason", "Heures de S3 vers S1")).statusCode(201).body("trainee_hours", equalTo(350.0f)).body("amount", equalTo(4200.0f));
        amend(o1, Map.of("kind", "EXTRA_HOURS", "extra_hours", 10, "session_request_id", s1, "path_ids", List.of(p1.get(0)),
                "reason", "Certification complète")).statusCode(201).body("trainee_hours", equalTo(760.0f)).body("amount", equalTo(9120.0f));
        java.util.List<String> nulls = new java.util.ArrayList<>(java.util.Collections.nCopies(4, (String) null));
        List<String> p2 = fr.paysdelaloire.emploiformation.support.Billing.integratedOn(s2, MANDATAIRE, nulls);
        List<String> p3 = fr.paysdelaloire.emploiformation.support.Billing.integratedOn(s3, MANDATAIRE, i3.subList(0, 4));

        for (String month : List.of("2026-09", "2026-10", "2026-11")) {
            boolean november = month.equals("2026-11");
            for (String path : p1) {
                attend(MANDATAIRE, path, month, november && path.equals(p1.get(0)) ? "60" : "30").statusCode(201);
            }
            for (String path : p2) {
                attend(MANDATAIRE, path, month, november ? "10" : "20").statusCode(201);
            }
            for (String path : p3) {
                attend(MANDATAIRE, path, month, november ? "27.5" : "30").statusCode(201);
            }
        }
        issue(MANDATAIRE, o1, "2026-09").statusCode(201).body("hours", equalTo(230.0f)).body("amount", equalTo(2760.0f));
        issue(MANDATAIRE, o1, "2026-10").statusCode(201).body("hours", equalTo(230.0f)).body("amount", equalTo(2760.0f));
        issue(MANDATAIRE, o1, "2026-11").statusCode(201).body("hours", equalTo(220.0f)).body("amount", equalTo(2640.0f));
        issue(MANDATAIRE, o3, "2026-09").statusCode(201).body("hours", equalTo(120.0f)).body("amount", equalTo(1440.0f));
        issue(MANDATAIRE, o3, "2026-10").statusCode(201).body("hours", equalTo(120.0f)).body("amount", equalTo(1440.0f));
        issue(MANDATAIRE, o3, "2026-11").statusCode(201).body("hours", equalTo(110.0f)).body("amount", equalTo(1320.0f));

        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}/ledger", o1).then()
                .body("ordered_hours", equalTo(760.0f)).body("attended_hours", equalTo(680.0f))
                .body("invoiced_hours", equalTo(680.0f)).body("remaining_hours", equalTo(80.0f))
                .body("invoiced_amount", equalTo(8160.0f))
                .body("sessions.find { it.session_request_id == '" + s1 + "' }.ordered_hours", equalTo(560.0f))
                .body("sessions.find { it.session_request_id == '" + s1 + "' }.attended_hours", equalTo(480.0f))
                .body("sessions.find { it.session_request_id == '" + s1 + "' }.remaining_hours", equalTo(80.0f))
                .body("sessions.find { it.session_request_id == '" + s1 + "' }.paths.find { it.path_id == '" + p1.get(0)
                        + "' }.cap_hours", equalTo(160.0f))
                .body("sessions.find { it.session_request_id == '" + s2 + "' }.kind", equalTo("SOCLE"))
                .body("sessions.find { it.session_request_id == '" + s2 + "' }.ordered_hours", equalTo(200.0f))
                .body("sessions.find { it.session_request_id == '" + s2 + "' }.remaining_hours", equalTo(0.0f));
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}/ledger", o3).then()
                .body("ordered_hours", equalTo(350.0f)).body("invoiced_hours", equalTo(350.0f)).body("remaining_hours", equalTo(0.0f))
                .body("sessions[0].places", equalTo(4)).body("sessions[0].moved_out_hours", equalTo(50.0f));
        given().auth().oauth2(region).get("/api/v1/lots/{code}/order-book", lot).then()
                .body("ordered_hours", equalTo(1110.0f)).body("ordered_amount", equalTo(13320.0f))
                .body("invoiced_hours", equalTo(1030.0f)).body("invoiced_amount", equalTo(12360.0f))
                .body("purchase_orders", org.hamcrest.Matchers.hasSize(2));
    }
}

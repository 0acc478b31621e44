package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Billing;
import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Object-level authorisation (OWASP API1): for each scoped resource, the organisation that owns it gets it
 * and one that does not gets 404, the same answer as for an object that does not exist.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class ObjectLevelAuthorisationTest {

    static final String MANDATAIRE = Workflow.MANDATAIRE;
    static final String OTHER_BODY = Workflow.OTHER_MANDATAIRE;

    record Check(String what, String method, String path, String token, String body, int expected) {
    }

    @Test
    void ownersGetTheirObjectsAndOthersGet404() {
        String platform = Tokens.employerPlatform();
        String otherPlatform = Tokens.client("other-platform", Roles.EMPLOYER_PLATFORM, Map.of());
        String mandataire = Tokens.trainingBody(MANDATAIRE);
        String coTraitant = Tokens.trainingBody(Workflow.COTRAITANT);
        String otherBody = Tokens.trainingBody(OTHER_BODY);
        String validator = Tokens.validator();
        String otherValidator = Tokens.client("cap-emploi-44", Roles.VALIDATOR, Map.of("org_id", "cap-emploi-44"));
        String region = Tokens.regionOfficer();

        // a platform's intention naming the mandataire
        Map<String, Object> intention = new LinkedHashMap<>();
        intention.put("external_id", "olt-" + System.nanoTime());
        intention.put("employer", Map.of("siret", Sirets.random(), "name", "E", "department", "44", "commune_insee", "44109"));
        intention.put("job", Map.of("title", "Maçon", "rome_code", "F1703"));
        intention.put("positions", 1);
        intention.put("contract", Map.of("type", "CDD", "duration_months", 4, "weekly_hours", 35));
        intention.put("target", Map.of("certification_code", "RNCP35185"));
        intention.put("employer_involvement", List.of("IMMERSION"));
        intention.put("proof", Map.of("channel", "PLATFORM", "received_on", "2026-11-20"));
        intention.put("training_body_siret", MANDATAIRE);
        String intentionId = given().auth().oauth2(platform).contentType(ContentType.JSON).body(Workflow.json(intention))
                .post("/api/v1/hiring-intentions").then().statusCode(201).extract().path("id");
        String derogation = given().auth().oauth2(mandataire).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("subject_type", "HIRING_INTENTION", "subject_id", intentionId, "rule", "CONTRACT_TYPE",
                        "justification", "Saisonnier")))
                .post("/api/v1/derogations").then().statusCode(201).extract().path("id");

        // an authorised session of the mandataire, a validated candidate on it, an integrated path with hours, an invoice
        String lot = Workflow.lot();
        Map<String, Object> running = Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5);
        running.put("start_date", "2026-09-01"); // hours are attended in the months the session runs
        String session = Workflow.draft(MANDATAIRE, running);
        Workflow.toReview(MANDATAIRE, session);
        String order = Workflow.step(region, session, "authorise", "OK").statusCode(200).extract().path("purchase_order_id");
        String sessionIntention = given().auth().oauth2(region).get(Workflow.REQUESTS + "/{id}", session).then()
                .extract().path("hiring_intention_ids[0]");
        String identifier = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "W";
        String candidate = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", "A", "last_name", "B", "department", "44",
                        "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        String path = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", candidate, "hiring_intention_id", sessionIntention)))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201).extract().path("id");
        given().auth().oauth2(mandataire).post("/api/v1/paths/{id}/employer-agreement", path).then().statusCode(200);
        given().auth().oauth2(mandataire).contentType(ContentType.JSON).body("{}").post("/api/v1/paths/{id}/integrate", path)
                .then().statusCode(200);
        given().auth().oauth2(mandataire).contentType(ContentType.JSON).body("{\"hours\":100}")
                .put("/api/v1/paths/{id}/attendance/2026-09", path).then().statusCode(201);
        String invoice = given().auth().oauth2(mandataire).contentType(ContentType.JSON).body("{\"month\":\"2026-09\"}")
                .post("/api/v1/purchase-orders/{id}/invoices", order).then().statusCode(201).extract().path("id");

        List<Check> checks = List.of(
                new Check("intention", "GET", "/api/v1/hiring-intentions/" + intentionId, platform, null, 200),
                new Check("intention", "GET", "/api/v1/hiring-intentions/" + intentionId, mandataire, null, 200),
                new Check("intention", "GET", "/api/v1/hiring-intentions/" + intentionId, otherPlatform, null, 404),
                new Check("intention", "GET", "/api/v1/hiring-intentions/" + intentionId, otherBody, null, 404),
                new Check("intention history", "GET", "/api/v1/hiring-intentions/" + intentionId + "/history", otherPlatform, null, 404),
                new Check("intention withdrawal", "POST", "/api/v1/hiring-intentions/" + intentionId + "/withdraw", otherPlatform, "{\"reason\":\"x\"}", 404),
                new Check("derogation", "GET", "/api/v1/derogations/" + derogation, mandataire, null, 200),
                new Check("derogation", "GET", "/api/v1/derogations/" + derogation, otherBody, null, 404),
                new Check("session", "GET", Workflow.REQUESTS + "/" + session, mandataire, null, 200),
                new Check("session", "GET", Workflow.REQUESTS + "/" + session, otherBody, null, 404),
                new Check("session", "GET", Workflow.REQUESTS + "/" + session, coTraitant, null, 404),
                new Check("session history", "GET", Workflow.REQUESTS + "/" + session + "/history", otherBody, null, 404),
                new Check("session transition", "POST", Workflow.REQUESTS + "/" + session + "/cancel", otherBody, "{}", 404),
                new Check("session paths", "GET", Workflow.REQUESTS + "/" + session + "/paths", otherBody, null, 404),
                new Check("purchase order", "GET", "/api/v1/purchase-orders/" + order, mandataire, null, 200),
                new Check("purchase order", "GET", "/api/v1/purchase-orders/" + order, otherBody, null, 404),
                new Check("purchase order", "GET", "/api/v1/purchase-orders/" + order, coTraitant, null, 404),
                new Check("invoice", "GET", "/api/v1/invoices/" + invoice, mandataire, null, 200),
                new Check("invoice", "GET", "/api/v1/invoices/" + invoice, otherBody, null, 404),
                new Check("invoices", "GET", "/api/v1/purchase-orders/" + order + "/invoices", otherBody, null, 404),
                new Check("invoice issue", "POST", "/api/v1/purchase-orders/" + order + "/invoices", otherBody, "{\"month\":\"2026-10\"}", 404),
                new Check("order book", "GET", "/api/v1/lots/" + lot + "/order-book", mandataire, null, 200),
                new Check("order book", "GET", "/api/v1/lots/" + lot + "/order-book", otherBody, null, 404),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, validator, null, 200),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, mandataire, null, 200),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, region, null, 200),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, otherValidator, null, 404),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, otherBody, null, 404),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, platform, null, 404),
                new Check("candidate", "GET", "/api/v1/candidates/" + candidate, Tokens.publisher(), null, 404),
                new Check("candidate validation", "POST", "/api/v1/candidates/" + candidate + "/validate", otherValidator, null, 404),
                new Check("path", "GET", "/api/v1/paths/" + path, mandataire, null, 200),
                new Check("path", "GET", "/api/v1/paths/" + path, validator, null, 200),
                new Check("path", "GET", "/api/v1/paths/" + path, otherBody, null, 404),
                new Check("path", "GET", "/api/v1/paths/" + path, otherValidator, null, 404),
                new Check("path history", "GET", "/api/v1/paths/" + path + "/history", otherBody, null, 404),
                new Check("path drop-out", "POST", "/api/v1/paths/" + path + "/drop-out", otherBody, "{\"reason\":\"x\"}", 404),
                new Check("attendance", "GET", "/api/v1/paths/" + path + "/attendance", otherBody, null, 404),
                new Check("attendance", "PUT", "/api/v1/paths/" + path + "/attendance/2026-10", otherBody, "{\"hours\":1}", 404));
        // the list searched with the employer in the body is scoped as the list: another platform finds nothing
        String employer = given().auth().oauth2(platform).get("/api/v1/hiring-intentions/{id}", intentionId).then()
                .extract().path("employer.siret");
        assertEquals(List.of(), given().auth().oauth2(otherPlatform).contentType(ContentType.JSON)
                .body("{\"employer_siret\":\"" + employer + "\"}").post("/api/v1/hiring-intentions/search").then()
                .statusCode(200).extract().path("items.id"));
        assertEquals(List.of(intentionId), given().auth().oauth2(platform).contentType(ContentType.JSON)
                .body("{\"employer_siret\":\"" + employer + "\"}").post("/api/v1/hiring-intentions/search").then()
                .statusCode(200).extract().path("items.id"));
        // the Region sees who handled the candidate
        List<String> actions = given().auth().oauth2(region).get("/api/v1/candidates/{id}/access-log", candidate).then()
                .statusCode(200).extract().path("items.action");
        assertEquals(List.of("CREATE", "VALIDATE", "POSITION"), actions);
        assertEquals(List.of(), wrong(checks));
        // the order book as a spreadsheet (issue #23) is the same object: the lot's mandataire and the Region only
        given().auth().oauth2(mandataire).accept("text/csv").get("/api/v1/lots/{code}/order-book", lot).then().statusCode(200)
                .contentType(containsString("text/csv"));
        given().auth().oauth2(otherBody).accept("text/csv").get("/api/v1/lots/{code}/order-book", lot).then().statusCode(404);
        given().auth().oauth2(coTraitant).accept("text/csv").get("/api/v1/lots/{code}/order-book", lot).then().statusCode(404);
        List<String> readers = given().auth().oauth2(region).get("/api/v1/candidates/{id}/access-log", candidate).then()
                .statusCode(200).extract().path("findAll { it.action == 'READ' }.actor".replace("findAll", "items.findAll"));
        assertEquals(List.of("validator:france-travail-pdl", "training-body:" + MANDATAIRE, "region-officer:region-tool"), readers);
    }

    /** Each check made as its token; what answered otherwise than expected. */
    static List<String> wrong(List<Check> checks) {
        List<String> wrong = new ArrayList<>();
        for (Check check : checks) {
            var request = given().auth().oauth2(check.token());
            if (check.body() != null) {
                request = request.contentType(ContentType.JSON).body(check.body());
            }
            int status = request.request(check.method(), check.path()).then().extract().statusCode();
            if (status != check.expected()) {
                wrong.add(check.what() + " " + check.method() + " " + check.path() + ": expected " + check.expected() + ", got " + status);
            }
        }
        return wrong;
    }

    /** The answer to a refused call, with the id asked for blanked: what tells one refusal from another, if anything. */
    static String refusal(io.restassured.response.ValidatableResponse answer, String id) {
        var extracted = answer.extract();
        return extracted.statusCode() + " " + extracted.jsonPath().getString("code") + " "
                + String.valueOf(extracted.jsonPath().getString("detail")).replace(id, "<id>");
    }

    /**
     * Issue #17 (5): a member of a groupement attached, and so locked, an intention naming another member, which it
     * cannot even read. Only the intentions that name the submitter go into its requests; any other answers the 404
     * of an unknown id, whatever its status, and stays free.
     */
    /**
     * Issue #19 (7): a co-traitant's request is its own to move (§9). Its mandataire reads it (same groupement) but gets
     * 403 on its moves; a body of another groupement does not see it at all (404).
     */
    /**
     * Issue #25 (§9): a lot's subcontractor approvals are decided by its mandataire alone; the Region and the mandataire
     * read them all, a subcontractor its own, another body none.
     */
    @Test
    void aLotsSubcontractorApprovalsAreItsMandatairesToDecide() {
        String lot = Workflow.lot();
        String sub = Sirets.random();
        String path = "/api/v1/lots/{code}/subcontractor-approvals";
        Map<String, Object> approval = Map.of("siret", sub, "name", "Compétences Levage", "nda", "52490456749",
                "reason", "Aucun membre n'est habilité au CACES R482.");
        for (String other : List.of(Tokens.trainingBody(OTHER_BODY), Tokens.trainingBody(Workflow.COTRAITANT), Tokens.trainingBody(sub))) {
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Workflow.json(approval)).post(path, lot).then()
                    .statusCode(403);
        }
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(Workflow.json(approval)).post(path, lot)
                .then().statusCode(403);
        String id = given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).body(Workflow.json(approval))
                .post(path, lot).then().statusCode(201).extract().path("id");
        String another = Sirets.random();
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("siret", another, "name", "Autre", "nda", "52490456749", "reason", "Autre besoin")))
                .post(path, lot).then().statusCode(201);

        // reads: the Region and the mandataire all of them; the subcontractor its own; another body none
        given().auth().oauth2(Tokens.regionOfficer()).get(path, lot).then().statusCode(200).body("items.size()", equalTo(2));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(path, lot).then().statusCode(200).body("items.size()", equalTo(2));
        given().auth().oauth2(Tokens.trainingBody(sub)).get(path, lot).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].siret", equalTo(sub));
        given().auth().oauth2(Tokens.trainingBody(another)).get(path + "/{id}", lot, id).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).get(path, lot).then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).get(path + "/{id}", lot, id).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(sub)).get(path + "/{id}", lot, id).then().statusCode(200);
        // the approval under another lot's path is not found
        given().auth().oauth2(Tokens.regionOfficer()).get(path + "/{id}", Workflow.lot(), id).then().statusCode(404);

        // withdrawals: the mandataire's alone
        for (String other : List.of(Tokens.trainingBody(OTHER_BODY), Tokens.trainingBody(sub))) {
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Workflow.json(Map.of("reason", "x")))
                    .post(path + "/{id}/withdraw", lot, id).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.regionOfficer()).get(path + "/{id}", lot, id).then().statusCode(200).body("status", equalTo("LIVE"));
    }

    @Test
    void aCotraitantsRequestIsMovedByNoOtherBody() {
        String lot = Workflow.lot();
        String cotraitant = Workflow.COTRAITANT;
        String submitted = Workflow.draft(cotraitant, Workflow.request(lot, Workflow.intentions(cotraitant, 5), 5));
        Workflow.step(Tokens.trainingBody(cotraitant), submitted, "submit", null).statusCode(200);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), submitted, "withdraw", null).statusCode(403);
        Workflow.step(Tokens.trainingBody(OTHER_BODY), submitted, "withdraw", null).statusCode(404);

        String authorised = Workflow.draft(cotraitant, Workflow.request(lot, Workflow.intentions(cotraitant, 5), 5));
        Workflow.toReview(cotraitant, authorised);
        Workflow.step(Tokens.regionOfficer(), authorised, "authorise", "OK").statusCode(200);
        for (String move : List.of("cancel", "start")) {
            Workflow.step(Tokens.trainingBody(MANDATAIRE), authorised, move, null).statusCode(403);
            Workflow.step(Tokens.trainingBody(OTHER_BODY), authorised, move, null).statusCode(404);
        }
        // a new calendar (§6) is the co-traitant's to propose, the Region's to decide
        String april = "{\"start_date\":\"2027-04-05\",\"end_date\":\"2027-10-29\",\"employers_agreed\":true}";
        String mandataire = Tokens.trainingBody(MANDATAIRE);
        given().auth().oauth2(mandataire).header("If-Match", Workflow.etag(mandataire, "/api/v1/session-requests/" + authorised))
                .contentType(ContentType.JSON).body(april).post("/api/v1/session-requests/{id}/calendar", authorised).then().statusCode(403);
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(april)
                .post("/api/v1/session-requests/{id}/calendar", authorised).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/session-requests/{id}", authorised).then().statusCode(200)
                .body("status", equalTo("AUTHORISED"));
    }

    /**
     * Issue #19: a session's reviews (withdrawals, joinings) are read by the bodies that run it and the Region; a joining
     * is asked by the body that made the request with its own intention (§9: the mandataire does not act for its
     * co-traitant, 403; another groupement's body sees nothing, 404); a review is decided only on its own session.
     */
    @Test
    void aSessionsReviewsAreReadByItsRunnersAndJoinedByItsSubmitterOnly() {
        String lot = Workflow.lot();
        String cotraitant = Workflow.COTRAITANT;
        List<String> intentions = Workflow.intentions(cotraitant, 5);
        String session = Workflow.draft(cotraitant, Workflow.request(lot, intentions, 5));
        Workflow.toReview(cotraitant, session);
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200);
        Workflow.withdrawIntention(Tokens.trainingBody(cotraitant), intentions.get(0), "Désistement").statusCode(200);
        String reviews = "/api/v1/session-requests/{id}/reviews";
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).get(reviews, session).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(reviews, session).then().statusCode(200)
                .body("items.size()", equalTo(1));
        String review = given().auth().oauth2(Tokens.trainingBody(cotraitant)).get(reviews, session).then().statusCode(200)
                .extract().path("items[0].id");

        String mandatairesOwn = Workflow.intention(MANDATAIRE, 1, null);
        String otherBodys = Workflow.intention(OTHER_BODY, 1, null);
        java.util.function.BiFunction<String, String, io.restassured.response.ValidatableResponse> join = (token, intention) ->
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Workflow.json(java.util.Map.of("kind", "JOINING", "hiring_intention_id", intention, "reason", "Remplacement")))
                        .post(reviews, session).then();
        join.apply(Tokens.trainingBody(MANDATAIRE), mandatairesOwn).statusCode(403);
        join.apply(Tokens.trainingBody(OTHER_BODY), otherBodys).statusCode(404);
        join.apply(Tokens.trainingBody(cotraitant), mandatairesOwn).statusCode(404);
        join.apply(Tokens.trainingBody(cotraitant), otherBodys).statusCode(404);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", mandatairesOwn).then()
                .body("status", equalTo("ELIGIBLE"));

        // a review is decided on its own session only
        String elsewhere = Workflow.draft(cotraitant, Workflow.request(lot, Workflow.intentions(cotraitant, 5), 5));
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body("{\"decision\":\"KEEP_PLACES\",\"reason\":\"x\"}")
                .post(reviews + "/{review}/decision", elsewhere, review).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(cotraitant)).get(reviews, session).then().body("items[0].status", equalTo("OPEN"));
    }

    /**
     * Issue #20: an order's ledger, an invoice's credit note and its export are the lot's mandataire's and the Region's.
     * Another groupement's body gets 404 on each; the co-traitant running a session of the order reads its own lines of
     * the invoice but issues no credit note (403) and reads neither the ledger nor the export (404). Another body
     * positions nobody on the Region's socle session.
     */
    @Test
    void anOrdersLedgerCreditNotesAndExportsAreTheMandatairesAndTheRegions() {
        String lot = Billing.lot("11.00");
        String mine = Billing.reviewed(lot, MANDATAIRE, 100, "2026-09-01", "2026-11-30");
        Billing.authorise(mine, null).statusCode(200);
        String order = Billing.orderOf(mine);
        String cotraitants = Billing.reviewed(lot, Workflow.COTRAITANT, 100, "2026-09-01", "2026-11-30");
        Billing.authorise(cotraitants, order).statusCode(200);
        String path = Billing.integratedPaths(cotraitants, Workflow.COTRAITANT, 0).get(0);
        Billing.attend(Workflow.COTRAITANT, path, "2026-09", "10").statusCode(201);
        String invoice = Billing.issue(MANDATAIRE, order, "2026-09").statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/invoices/{id}/validate", invoice).then().statusCode(200);
        String credit = "{\"reason\":\"Erreur\"}";
        for (String stranger : List.of(Tokens.trainingBody(OTHER_BODY), Tokens.trainingBody(Workflow.COTRAITANT))) {
            given().auth().oauth2(stranger).get("/api/v1/purchase-orders/{id}/ledger", order).then().statusCode(404);
            given().auth().oauth2(stranger).get("/api/v1/invoices/{id}/export", invoice).then().statusCode(404);
        }
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).contentType(ContentType.JSON).body(credit)
                .post("/api/v1/invoices/{id}/credit-note", invoice).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(Workflow.COTRAITANT)).contentType(ContentType.JSON).body(credit)
                .post("/api/v1/invoices/{id}/credit-note", invoice).then().statusCode(403);
        given().auth().oauth2(Tokens.trainingBody(Workflow.COTRAITANT)).get("/api/v1/invoices/{id}", invoice).then().statusCode(200)
                .body("status", equalTo("VALIDATED"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/purchase-orders/{id}/ledger", order).then().statusCode(200);

        Map<String, Object> socle = Workflow.request(lot, List.of(), 3);
        socle.put("kind", "SOCLE");
        String session = Workflow.create(Tokens.regionOfficer(), socle).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", Billing.validatedCandidate())))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(404);
    }

    @Test
    void anotherMembersIntentionIsNeitherCarriedNorLockedNorDescribed() {
        String lot = Workflow.lot();
        String free = Workflow.intention(MANDATAIRE, 1, null);
        List<String> taken = Workflow.intentions(MANDATAIRE, 5);
        Workflow.draft(MANDATAIRE, Workflow.request(lot, taken, 5));
        String unknown = java.util.UUID.randomUUID().toString();
        String expected = refusal(Workflow.create(Tokens.trainingBody(Workflow.COTRAITANT),
                Workflow.request(lot, List.of(unknown), 1)).statusCode(404), unknown);

        assertEquals(expected, refusal(Workflow.create(Tokens.trainingBody(Workflow.COTRAITANT),
                Workflow.request(lot, List.of(free), 1)), free), "a free intention of another member");
        assertEquals(expected, refusal(Workflow.create(Tokens.trainingBody(Workflow.COTRAITANT),
                Workflow.request(lot, List.of(taken.get(0)), 1)), taken.get(0)), "an intention of another member already used");
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", free).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ELIGIBLE"));
        // the mandataire does not pool its co-traitant's intentions either
        String cotraitants = Workflow.intention(Workflow.COTRAITANT, 1, null);
        assertEquals(expected, refusal(Workflow.create(Tokens.trainingBody(MANDATAIRE),
                Workflow.request(lot, List.of(cotraitants), 1)), cotraitants));
        // nor can a change of a draft bring one in
        String draft = Workflow.draft(Workflow.COTRAITANT, Workflow.request(lot, List.of(cotraitants), 1));
        String etag = Workflow.etag(Tokens.trainingBody(Workflow.COTRAITANT), Workflow.REQUESTS + "/" + draft);
        assertEquals(expected, refusal(given().auth().oauth2(Tokens.trainingBody(Workflow.COTRAITANT)).header("If-Match", etag)
                .contentType(ContentType.JSON).body(Workflow.json(Workflow.request(lot, List.of(cotraitants, free), 2)))
                .put(Workflow.REQUESTS + "/{id}", draft).then(), free));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", free).then()
                .body("status", org.hamcrest.Matchers.equalTo("ELIGIBLE"));
    }

    /** An authorised session of {@code mandataire}'s own lot answering five intentions; [session, first intention]. */
    static List<String> authorisedSessionOf(String mandataire) {
        String lot = Workflow.lot("CONSTRUCTION", List.of("44"), mandataire, Sirets.random(), new Workflow.BigDecimalString("14.50"));
        String session = Workflow.draft(mandataire, Workflow.request(lot, Workflow.intentions(mandataire, 5), 5));
        Workflow.toReview(mandataire, session);
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200);
        String intention = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session).then()
                .extract().path("hiring_intention_ids[0]");
        return List.of(session, intention);
    }

    static String candidate(String validator, boolean validate) {
        String identifier = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "T";
        String id = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", "A", "last_name", "B", "department", "44",
                        "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        if (validate) {
            given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", id).then().statusCode(200);
        }
        return id;
    }

    static io.restassured.response.ValidatableResponse position(String token, String session, String candidate, String intention) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", candidate, "hiring_intention_id", intention)))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then();
    }

    /**
     * Issue #17 (1), candidate takeover: a training body put any validated candidate, known by id only, on its own
     * session, and read them from then on. It positions only a candidate a validator referred to it (or that it
     * already reads), and every refusal — unknown, not referred, not validated, already placed — is one and the same 404.
     */
    @Test
    void aTrainingBodyTakesOverNoCandidateAndItsRefusalsTellNothingApart() {
        String validator = Tokens.validator();
        String other = Tokens.trainingBody(OTHER_BODY);
        List<String> mine = authorisedSessionOf(MANDATAIRE);
        List<String> theirs = authorisedSessionOf(OTHER_BODY);
        String target = candidate(validator, true);
        String unvalidated = candidate(validator, false);
        String placed = candidate(validator, true);
        position(validator, mine.get(0), placed, mine.get(1)).statusCode(201);
        String unknown = java.util.UUID.randomUUID().toString();

        String expected = refusal(position(other, theirs.get(0), unknown, theirs.get(1)).statusCode(404), unknown);
        assertEquals(expected, refusal(position(other, theirs.get(0), target, theirs.get(1)), target), "validated, not referred");
        assertEquals(expected, refusal(position(other, theirs.get(0), unvalidated, theirs.get(1)), unvalidated), "not validated");
        assertEquals(expected, refusal(position(other, theirs.get(0), placed, theirs.get(1)), placed), "already placed");
        for (String candidate : List.of(target, unvalidated, placed)) {
            given().auth().oauth2(other).get("/api/v1/candidates/{id}", candidate).then().statusCode(404);
        }
        given().auth().oauth2(other).get(Workflow.REQUESTS + "/{id}/paths", theirs.get(0)).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));

        // another validator organisation cannot refer a candidate it does not handle
        String otherValidator = Tokens.client("cap-emploi-44", Roles.VALIDATOR, Map.of("org_id", "cap-emploi-44"));
        given().auth().oauth2(otherValidator).contentType(ContentType.JSON)
                .body("{\"session_request_id\":\"" + theirs.get(0) + "\"}")
                .post("/api/v1/candidates/{id}/referrals", target).then().statusCode(404);
        // nor correct their situation, nor read its history (issue #19 (8)); a training body corrects nothing
        given().auth().oauth2(otherValidator).contentType(ContentType.JSON).body("{\"situation\":\"JOB_SEEKER\"}")
                .post("/api/v1/candidates/{id}/situation", target).then().statusCode(404);
        given().auth().oauth2(otherValidator).get("/api/v1/candidates/{id}/history", target).then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/candidates/{id}/history", target).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"situation\":\"JOB_SEEKER\"}")
                .post("/api/v1/candidates/{id}/situation", target).then().statusCode(403);
        // referred to its session by the validator that handles them, the body reads and positions them
        String referral = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body("{\"session_request_id\":\"" + theirs.get(0) + "\"}")
                .post("/api/v1/candidates/{id}/referrals", target).then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("training_body_siret", org.hamcrest.Matchers.equalTo(OTHER_BODY)).extract().path("id");
        given().auth().oauth2(other).get("/api/v1/candidates/{id}", target).then().statusCode(200);
        // only the validator that made it withdraws it
        given().auth().oauth2(otherValidator).post("/api/v1/candidates/{id}/referrals/{r}/withdraw", target, referral).then()
                .statusCode(404);
        position(other, theirs.get(0), target, theirs.get(1)).statusCode(201);
        given().auth().oauth2(other).get("/api/v1/referrals/{id}", referral).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("USED"));
        // a referral is for its body: the mandataire of another lot, the other validator and the platform see nothing
        for (String stranger : List.of(Tokens.trainingBody(MANDATAIRE), otherValidator)) {
            given().auth().oauth2(stranger).get("/api/v1/referrals/{id}", referral).then().statusCode(404);
            given().auth().oauth2(stranger).get("/api/v1/candidates/{id}/referrals", target).then().statusCode(404);
        }
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(referral)));
    }

    /**
     * Issue #17 (8): a former mandataire kept access to a lot's sessions, orders and candidates after the lot changed
     * hands. Access follows today's groupement: the new mandataire sees them, the former one gets 404.
     */
    @Test
    void aFormerMandataireLosesTheLotsSessionsOrdersAndCandidates() {
        String lot = Workflow.lot();
        String session = Workflow.draft(Workflow.COTRAITANT, Workflow.request(lot, Workflow.intentions(Workflow.COTRAITANT, 5), 5));
        Workflow.toReview(Workflow.COTRAITANT, session);
        String order = Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200).extract().path("purchase_order_id");
        String intention = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session).then()
                .extract().path("hiring_intention_ids[0]");
        String validator = Tokens.validator();
        String candidate = candidate(validator, true);
        position(validator, session, candidate, intention).statusCode(201);
        String former = Tokens.trainingBody(MANDATAIRE);
        String current = Tokens.trainingBody(OTHER_BODY);
        List<String> reads = List.of(Workflow.REQUESTS + "/" + session, Workflow.REQUESTS + "/" + session + "/history",
                Workflow.REQUESTS + "/" + session + "/paths", "/api/v1/purchase-orders/" + order, "/api/v1/candidates/" + candidate,
                "/api/v1/lots/" + lot + "/order-book");
        for (String read : reads) {
            given().auth().oauth2(former).get(read).then().statusCode(200);
            given().auth().oauth2(current).get(read).then().statusCode(404);
        }

        Map<String, Object> handedOver = new LinkedHashMap<>();
        handedOver.put("label", "Lot de test");
        handedOver.put("sector", "CONSTRUCTION");
        handedOver.put("departments", List.of("44"));
        handedOver.put("price_per_trainee_hour", new java.math.BigDecimal("14.50"));
        handedOver.put("minimum_order_hours", 10000);
        handedOver.put("mandataire_siret", OTHER_BODY);
        handedOver.put("mandataire_name", "Nouveau mandataire");
        handedOver.put("mandataire_nda", "52440123444");
        handedOver.put("members", List.of(Map.of("siret", Workflow.COTRAITANT, "name", "Co-traitant", "nda", "52440987644")));
        given().auth().oauth2(Tokens.regionOfficer()).header("If-Match", Workflow.etag(Tokens.regionOfficer(), "/api/v1/lots/" + lot))
                .contentType(ContentType.JSON).body(Workflow.json(handedOver)).put("/api/v1/lots/{code}", lot).then().statusCode(200);

        List<String> wrong = new ArrayList<>();
        for (String read : reads) {
            int formerStatus = given().auth().oauth2(former).get(read).then().extract().statusCode();
            int currentStatus = given().auth().oauth2(current).get(read).then().extract().statusCode();
            if (formerStatus != 404 || currentStatus != 200) {
                wrong.add(read + ": former mandataire " + formerStatus + ", new one " + currentStatus);
            }
        }
        assertEquals(List.of(), wrong);
        given().auth().oauth2(current).get("/api/v1/purchase-orders").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(order));
        given().auth().oauth2(former).get("/api/v1/purchase-orders").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(order)));
        given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}/history", session).then()
                .body("items[-1].reason", org.hamcrest.Matchers.containsString("change de mandataire"));
        // the co-traitant that runs the session keeps it
        given().auth().oauth2(Tokens.trainingBody(Workflow.COTRAITANT)).get(Workflow.REQUESTS + "/{id}", session).then().statusCode(200)
                .body("mandataire_siret", org.hamcrest.Matchers.equalTo(OTHER_BODY));
    }

    /**
     * Issue #21: an open need is seen by the bodies of the lots covering it, its sender and the Region; a proposal by
     * the body that made it, the sender and the Region; the employer's choice is its sender's to record. A validator reads
     * back what it raised, not another validator's. Any other organisation gets 404.
     */
    @Test
    void anOpenNeedIsItsCoveringBodiesItsSendersAndTheRegions() {
        String mandataire = Sirets.random();
        String cotraitant = Sirets.random();
        String lot = Workflow.lot("CONSTRUCTION", List.of("72"), mandataire, cotraitant, new Workflow.BigDecimalString("14.50"));
        String platform = Tokens.employerPlatform();
        String otherPlatform = Tokens.client("other-platform", Roles.EMPLOYER_PLATFORM, Map.of());
        String validator = Tokens.validator();
        String otherValidator = Tokens.client("cap-emploi-72", Roles.VALIDATOR, Map.of("org_id", "cap-emploi-72"));
        String otherBody = Tokens.trainingBody(OTHER_BODY);
        String need = Workflow.openNeed(platform, "F1503", "72181", false);
        String raised = Workflow.openNeed(validator, "F1503", "72181", false);
        String proposal = given().auth().oauth2(Tokens.trainingBody(mandataire)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("lot_code", lot, "summary", "Maçon, 750 h"))).post("/api/v1/open-needs/{id}/proposals", need)
                .then().statusCode(201).extract().path("id");
        String needs = "/api/v1/open-needs/";
        String choice = Workflow.json(Map.of("proposal_id", proposal));
        List<Check> checks = List.of(
                new Check("open need", "GET", needs + need, Tokens.trainingBody(mandataire), null, 200),
                new Check("open need", "GET", needs + need, Tokens.trainingBody(cotraitant), null, 200),
                new Check("open need", "GET", needs + need, Tokens.regionOfficer(), null, 200),
                new Check("open need", "GET", needs + need, platform, null, 200),
                new Check("open need", "GET", needs + need, otherBody, null, 404),
                new Check("open need", "GET", needs + need, otherPlatform, null, 404),
                new Check("open need", "GET", needs + need, validator, null, 404),
                new Check("open need", "GET", needs + raised, platform, null, 404),
                new Check("open need", "GET", needs + raised, otherValidator, null, 404),
                new Check("proposals", "GET", needs + need + "/proposals", otherBody, null, 404),
                new Check("proposals", "GET", needs + need + "/proposals", otherPlatform, null, 404),
                new Check("proposal", "GET", needs + need + "/proposals/" + proposal, Tokens.trainingBody(mandataire), null, 200),
                new Check("proposal", "GET", needs + need + "/proposals/" + proposal, Tokens.trainingBody(cotraitant), null, 404),
                new Check("proposal", "GET", needs + need + "/proposals/" + proposal, otherBody, null, 404),
                new Check("proposal", "GET", needs + raised + "/proposals/" + proposal, Tokens.regionOfficer(), null, 404),
                new Check("proposing", "POST", needs + need + "/proposals", otherBody, Workflow.json(Map.of("lot_code", lot, "summary", "x")), 404),
                new Check("take-up", "POST", needs + need + "/take-up", otherPlatform, choice, 404),
                new Check("take-up", "POST", needs + need + "/take-up", validator, choice, 404),
                new Check("take-up", "POST", needs + raised + "/take-up", otherValidator, choice, 404),
                new Check("raised need as intention", "GET", "/api/v1/hiring-intentions/" + raised, validator, null, 200),
                new Check("raised need as intention", "GET", "/api/v1/hiring-intentions/" + raised, otherValidator, null, 404),
                new Check("raised need history", "GET", "/api/v1/hiring-intentions/" + raised + "/history", otherValidator, null, 404),
                new Check("need as intention", "GET", "/api/v1/hiring-intentions/" + need, Tokens.trainingBody(mandataire), null, 404));
        assertEquals(List.of(), wrong(checks));
        // the lists are scoped the same way
        assertTrue(openNeedIds(Tokens.trainingBody(cotraitant)).contains(need));
        assertFalse(openNeedIds(otherBody).contains(need));
        assertFalse(openNeedIds(otherPlatform).contains(need));
        assertFalse(openNeedIds(otherValidator).contains(raised));
        assertTrue(openNeedIds(validator).contains(raised));
        assertFalse(openNeedIds(validator).contains(need));
        // nothing moved: still open, its proposal still live
        given().auth().oauth2(platform).get(needs + need).then().statusCode(200).body("open", org.hamcrest.Matchers.equalTo(true))
                .body("proposals", org.hamcrest.Matchers.equalTo(1));
    }

    /**
     * Issue #22 (P3): a cursor is a place in the list, not a key to it. Another organisation's cursor, or the Region's,
     * read with a platform's token, shows that platform's own intentions after that place and nothing of anyone else's.
     */
    @Test
    void aCursorFromAnotherOrganisationsListShowsOnlyTheCallersOwn() {
        String platform = Tokens.client("cursor-owner-" + java.util.UUID.randomUUID(), Roles.EMPLOYER_PLATFORM, Map.of());
        String other = Tokens.client("cursor-other-" + java.util.UUID.randomUUID(), Roles.EMPLOYER_PLATFORM, Map.of());
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(Workflow.intention(platform, Workflow.MANDATAIRE, 1, null, Sirets.random()));
        }
        String theirs = Workflow.intention(other, Workflow.MANDATAIRE, 1, null, Sirets.random());
        String cursor = given().auth().oauth2(platform).queryParam("size", 1).get("/api/v1/hiring-intentions").then().statusCode(200)
                .extract().path("next_cursor");
        List<String> seen = given().auth().oauth2(other).queryParam("cursor", cursor).queryParam("size", 100)
                .get("/api/v1/hiring-intentions").then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(theirs), seen);
        String regionCursor = given().auth().oauth2(Tokens.regionOfficer()).queryParam("size", 1)
                .queryParam("updated_since", "2000-01-01T00:00:00Z").get("/api/v1/hiring-intentions").then().statusCode(200)
                .extract().path("next_cursor");
        List<String> fromRegions = given().auth().oauth2(other).queryParam("cursor", regionCursor).queryParam("size", 100)
                .get("/api/v1/hiring-intentions").then().statusCode(200).extract().path("items.id");
        assertFalse(fromRegions.stream().anyMatch(mine::contains));
        assertTrue(fromRegions.contains(theirs));
        given().auth().oauth2(Tokens.trainingBody(OTHER_BODY)).queryParam("cursor", cursor).queryParam("size", 100)
                .get("/api/v1/hiring-intentions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(mine.toArray())));
    }

    static List<String> openNeedIds(String token) {
        return given().auth().oauth2(token).get("/api/v1/open-needs?department=72&size=100&max_age_days=0").then().statusCode(200)
                .extract().path("items.id");
    }
}

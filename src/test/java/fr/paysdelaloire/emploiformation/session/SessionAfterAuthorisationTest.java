package fr.paysdelaloire.emploiformation.session;

import static fr.paysdelaloire.emploiformation.support.Workflow.COTRAITANT;
import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static fr.paysdelaloire.emploiformation.support.Workflow.REQUESTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #19: a session lives after its authorisation — an employer's withdrawal the Region analyses (§6), a trainee
 * joining the group or replacing one who left (§5, §6), the group counted again at the start (§5) — each told through
 * HTTP, with the purchase order, the order book and the publication following.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class SessionAfterAuthorisationTest {

    static final String PROBLEM = "application/problem+json";

    /**
     * Five employers, five places of 750 h at 14.50 €: 3 750 trainee-hours, 54 375.00 €. One withdraws before the start:
     * the places stay until the Region decides (a review in its queue); it reduces them to four; the order, the order
     * book and the feed follow to the cent; the group of four starts on the body's declared financial balance (§5).
     */
    @Test
    void aWithdrawalBeforeTheStartIsAnalysedAndTheRegionReducesThePlaces() {
        String lot = Workflow.lot();
        String body = Tokens.trainingBody(MANDATAIRE);
        String region = Tokens.regionOfficer();
        List<String> intentions = Workflow.intentions(MANDATAIRE, 5);
        String id = authorised(lot, intentions, 5);
        String order = Workflow.field(given().auth().oauth2(region).get(REQUESTS + "/{id}", id).then().extract().asString(),
                "purchase_order_id");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", order).then()
                .body("paths", equalTo(5)).body("trainee_hours", equalTo(3750.0f)).body("amount", equalTo(54375.0f));

        Workflow.withdrawIntention(body, intentions.get(4), "L'employeur renonce à recruter").statusCode(200);
        given().auth().oauth2(body).get(REQUESTS + "/{id}", id).then()
                .body("status", equalTo("AUTHORISED")).body("places", equalTo(5)).body("places_committed", equalTo(4));
        given().auth().oauth2(body).get(REQUESTS + "/{id}/reviews", id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("WITHDRAWAL")).body("items[0].status", equalTo("OPEN"))
                .body("items[0].hiring_intention_id", equalTo(intentions.get(4)));
        String review = openReview(body, id);
        given().auth().oauth2(region).get("/api/v1/instruction-queue").then().statusCode(200)
                .body("reviews.find { it.review_id == '" + review + "' }.committed_positions", equalTo(4))
                .body("reviews.find { it.review_id == '" + review + "' }.places", equalTo(5))
                .body("reviews.find { it.review_id == '" + review + "' }.group_size.outcome", equalTo("FAIL"));
        given().auth().oauth2(region).get(REQUESTS + "/{id}/history", id).then()
                .body("items[-1].reason", containsString("la Région analyse la situation avec l'organisme (§6)"));

        // the Region's decision only, motivated, of the review's kind, leaving fewer places
        decide(body, id, review, "{\"decision\":\"REDUCE_PLACES\",\"reason\":\"x\"}").statusCode(403);
        decide(region, id, review, "{\"decision\":\"REDUCE_PLACES\"}").statusCode(400);
        decide(region, id, review, "{\"decision\":\"ACCEPTED\",\"reason\":\"x\"}").statusCode(409).contentType(PROBLEM);
        decide(region, id, review, "{\"decision\":\"REDUCE_PLACES\",\"places\":5,\"reason\":\"x\"}").statusCode(400)
                .body("violations.field", hasItem("places"));
        decide(region, id, review, "{\"decision\":\"REDUCE_PLACES\",\"reason\":\"Pas de remplaçant avant le démarrage\"}")
                .statusCode(200).body("status", equalTo("DECIDED")).body("decision", equalTo("REDUCE_PLACES"))
                .body("places_before", equalTo(5)).body("places_after", equalTo(4));
        decide(region, id, review, "{\"decision\":\"KEEP_PLACES\",\"reason\":\"x\"}").statusCode(409);

        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", order).then()
                .body("paths", equalTo(4)).body("trainee_hours", equalTo(3000.0f)).body("amount", equalTo(43500.0f))
                .body("amendments.find { it.kind == 'REDUCTION' }.trainee_hours", equalTo(-750.0f))
                .body("amendments.find { it.kind == 'REDUCTION' }.amount", equalTo(-10875.0f));
        given().auth().oauth2(body).get("/api/v1/lots/{code}/order-book", lot).then().statusCode(200)
                .body("ordered_hours", equalTo(3000.0f)).body("ordered_amount", equalTo(43500.0f));
        feed().body("items.find { it.id == '" + id + "' }.places", equalTo(4));
        given().auth().oauth2(region).get("/api/v1/instruction-queue").then()
                .body("reviews.review_id", not(hasItem(review)));
        given().auth().oauth2(region).get(REQUESTS + "/{id}/history", id).then()
                .body("items[-1].reason", containsString("REDUCE_PLACES — places 5 → 4"))
                .body("items[-1].reason", containsString("Pas de remplaçant avant le démarrage"));

        // four trainees: the start needs the body's financial balance (§5)
        Workflow.step(body, id, "start", null).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("financial_balance"));
        given().auth().oauth2(body).contentType(ContentType.JSON).header("If-Match", Workflow.etag(body, REQUESTS + "/" + id))
                .body("{\"financial_balance\":\"Quatre stagiaires : l'équilibre est trouvé avec les heures en entreprise\"}")
                .post(REQUESTS + "/{id}/start", id).then().statusCode(200).body("status", equalTo("STARTED"))
                .body("financial_balance", containsString("équilibre est trouvé"));
        // started, it runs to its end: a later withdrawal opens nothing and changes no place (§6)
        Workflow.withdrawIntention(body, intentions.get(3), "Fermeture de l'agence").statusCode(200);
        given().auth().oauth2(body).get(REQUESTS + "/{id}", id).then().body("places", equalTo(4)).body("status", equalTo("STARTED"));
        given().auth().oauth2(body).get(REQUESTS + "/{id}/reviews", id).then().body("items", hasSize(1));
        given().auth().oauth2(region).get(REQUESTS + "/{id}/history", id).then()
                .body("items[-1].reason", containsString("la session démarrée va à son terme"));
        // and the body may ask for extra hours to complete the paths (§6, §7): 4 places × 50 h at 14.50 €
        given().auth().oauth2(body).contentType(ContentType.JSON).body("{\"kind\":\"EXTRA_HOURS\",\"reason\":\"x\"}")
                .post(REQUESTS + "/{id}/reviews", id).then().statusCode(400).body("violations.field", hasItem("extra_hours"));
        String hours = Workflow.field(given().auth().oauth2(body).contentType(ContentType.JSON)
                .body("{\"kind\":\"EXTRA_HOURS\",\"extra_hours\":50,\"reason\":\"Compléter les parcours vers la certification\"}")
                .post(REQUESTS + "/{id}/reviews", id).then().statusCode(201).body("kind", equalTo("EXTRA_HOURS"))
                .body("extra_hours", equalTo(50)).extract().asString(), "id");
        decide(region, id, hours, "{\"decision\":\"KEEP_PLACES\",\"reason\":\"x\"}").statusCode(409);
        decide(region, id, hours, "{\"decision\":\"ACCEPTED\",\"reason\":\"Accordé pour la certification complète\"}").statusCode(200);
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", order).then()
                .body("trainee_hours", equalTo(3200.0f)).body("amount", equalTo(46400.0f))
                .body("amendments.find { it.kind == 'EXTRA_HOURS' }.trainee_hours", equalTo(200.0f));
    }

    /**
     * The only employer of a permanent-entry session withdraws: nothing left to publish while the Region has not decided
     * (§10); it keeps the place while the body finds another employer, who replaces the first (§6) on the free place,
     * the order unchanged.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSessionLeftWithoutEmployersIsUnpublishedUntilDecidedThenAReplacementTakesTheKeptPlace() {
        String lot = Workflow.lot();
        String body = Tokens.trainingBody(MANDATAIRE);
        String region = Tokens.regionOfficer();
        String first = Workflow.intention(MANDATAIRE, 1, null);
        Map<String, Object> request = Workflow.request(lot, List.of(first), 1);
        ((Map<String, Object>) request.get("modalities")).put("permanent_entry", true);
        String id = Workflow.draft(MANDATAIRE, request);
        Workflow.toReview(MANDATAIRE, id);
        Workflow.step(region, id, "authorise", "OK").statusCode(200);
        feed().body("items.id", hasItem(id));

        Workflow.withdrawIntention(body, first, "L'employeur renonce").statusCode(200);
        feed().body("items.id", not(hasItem(id))).body("tombstones.id", hasItem(id));
        String review = openReview(region, id);
        decide(region, id, review, "{\"decision\":\"KEEP_PLACES\",\"reason\":\"Un autre employeur est en vue\"}").statusCode(200)
                .body("places_after", equalTo(1));
        feed().body("items.id", hasItem(id));

        // another body's intention is unknown here; a draft takes no joining; the replacement joins
        String others = Workflow.intention(COTRAITANT, 1, null);
        join(body, id, others).statusCode(404).contentType(PROBLEM);
        String replacement = Workflow.intention(MANDATAIRE, 1, null);
        String joining = Workflow.field(join(body, id, replacement).statusCode(201).body("kind", equalTo("JOINING"))
                .body("status", equalTo("OPEN")).extract().asString(), "id");
        join(body, id, replacement).statusCode(409); // held by the open joining
        given().auth().oauth2(body).get(Workflow.INTENTIONS + "/{id}", replacement).then().body("status", equalTo("ATTACHED"));
        decide(region, id, joining, "{\"decision\":\"ACCEPTED\",\"reason\":\"Remplacement de l'employeur désisté\"}").statusCode(200)
                .body("places_before", equalTo(1)).body("places_after", equalTo(1));
        given().auth().oauth2(body).get(REQUESTS + "/{id}", id).then()
                .body("hiring_intention_ids", hasItem(replacement)).body("places", equalTo(1)).body("places_committed", equalTo(1));
        given().auth().oauth2(body).get(Workflow.INTENTIONS + "/{id}", replacement).then().body("status", equalTo("COVERED"));
        String order = Workflow.field(given().auth().oauth2(region).get(REQUESTS + "/{id}", id).then().extract().asString(),
                "purchase_order_id");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", order).then()
                .body("paths", equalTo(1)).body("trainee_hours", equalTo(750.0f)).body("amendments", hasSize(0));
    }

    /**
     * A formed, started group of five takes a sixth trainee who brings a new intention (§5): the Region accepts, the
     * places and the order grow (a JOINING amendment), the order book follows. A second one is refused: its intention is
     * free again. A joining on a request not yet authorised is 409; the Region's cancellation after a withdrawal ends a
     * session before its start.
     */
    @Test
    void aJoiningTraineeIsAcceptedOnAStartedGroupAndTheOrderFollows() {
        String lot = Workflow.lot();
        String body = Tokens.trainingBody(MANDATAIRE);
        String region = Tokens.regionOfficer();
        String id = authorised(lot, Workflow.intentions(MANDATAIRE, 5), 5);
        Workflow.step(body, id, "start", null).statusCode(200);
        String sixth = Workflow.intention(MANDATAIRE, 1, null);
        String joining = Workflow.field(join(body, id, sixth).statusCode(201).extract().asString(), "id");
        given().auth().oauth2(region).get("/api/v1/instruction-queue").then()
                .body("reviews.find { it.review_id == '" + joining + "' }.kind", equalTo("JOINING"));
        decide(region, id, joining, "{\"decision\":\"KEEP_PLACES\",\"reason\":\"x\"}").statusCode(409);
        decide(region, id, joining, "{\"decision\":\"ACCEPTED\",\"reason\":\"La progression permet l'intégration\"}").statusCode(200)
                .body("places_after", equalTo(6));
        String order = Workflow.field(given().auth().oauth2(region).get(REQUESTS + "/{id}", id).then()
                .body("places", equalTo(6)).extract().asString(), "purchase_order_id");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", order).then()
                .body("paths", equalTo(6)).body("trainee_hours", equalTo(4500.0f)).body("amount", equalTo(65250.0f))
                .body("amendments.find { it.kind == 'JOINING' }.trainee_hours", equalTo(750.0f));
        given().auth().oauth2(body).get("/api/v1/lots/{code}/order-book", lot).then().body("ordered_hours", equalTo(4500.0f));

        String seventh = Workflow.intention(MANDATAIRE, 1, null);
        String refused = Workflow.field(join(body, id, seventh).statusCode(201).extract().asString(), "id");
        decide(region, id, refused, "{\"decision\":\"REFUSED\",\"reason\":\"Le groupe est trop avancé\"}").statusCode(200)
                .body("places_after", equalTo(6));
        given().auth().oauth2(body).get(Workflow.INTENTIONS + "/{id}", seventh).then().body("status", equalTo("ELIGIBLE"));

        // an eighth trainee, the hours taken from another session of the lot (§7), never from another lot's
        String giving = authorised(lot, Workflow.intentions(MANDATAIRE, 5), 5);
        String givingOrder = Workflow.field(given().auth().oauth2(region).get(REQUESTS + "/{id}", giving).then().extract().asString(),
                "purchase_order_id");
        String foreign = authorised(Workflow.lot(), Workflow.intentions(MANDATAIRE, 5), 5);
        String eighth = Workflow.intention(MANDATAIRE, 1, null);
        String fungible = Workflow.field(join(body, id, eighth).statusCode(201).extract().asString(), "id");
        decide(region, id, fungible, "{\"decision\":\"ACCEPTED\",\"hours_from_session_request_id\":\"" + foreign
                + "\",\"reason\":\"Heures d'un autre lot\"}").statusCode(422).body("detail", containsString("FUNGIBILITY"));
        decide(region, id, fungible, "{\"decision\":\"ACCEPTED\",\"hours_from_session_request_id\":\"" + giving
                + "\",\"reason\":\"Heures de la session voisine\"}").statusCode(200).body("places_after", equalTo(7));
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", order).then()
                .body("paths", equalTo(7)).body("trainee_hours", equalTo(5250.0f))
                .body("amendments.find { it.kind == 'JOINING' && it.counterpart_session_id == '" + giving + "' }.trainee_hours",
                        equalTo(750.0f));
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", givingOrder).then()
                .body("trainee_hours", equalTo(3000.0f)).body("amendments.find { it.kind == 'TRANSFER_OUT' }.trainee_hours", equalTo(-750.0f));
        given().auth().oauth2(body).get("/api/v1/lots/{code}/order-book", lot).then().body("ordered_hours", equalTo(4500.0f + 3750.0f));

        // a draft takes no joining: its intentions are changed directly
        String draft = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        join(body, draft, seventh).statusCode(409).contentType(PROBLEM);

        // a withdrawal before the start, and the Region cancels: the session ends, its intentions free, its order cancelled
        List<String> others = Workflow.intentions(MANDATAIRE, 5);
        String cancelled = authorised(lot, others, 5);
        Workflow.withdrawIntention(body, others.get(0), "Désistement").statusCode(200);
        String review = openReview(region, cancelled);
        String pending = Workflow.intention(MANDATAIRE, 1, null);
        String pendingJoining = Workflow.field(join(body, cancelled, pending).statusCode(201).extract().asString(), "id");
        decide(region, cancelled, review, "{\"decision\":\"CANCEL_SESSION\",\"reason\":\"Trop de désistements\"}").statusCode(200);
        // the joining still open is closed with the session: refused, its intention free again
        given().auth().oauth2(body).get(REQUESTS + "/{id}/reviews", cancelled).then()
                .body("items.find { it.id == '" + pendingJoining + "' }.decision", equalTo("REFUSED"))
                .body("items.find { it.id == '" + review + "' }.decision", equalTo("CANCEL_SESSION"))
                .body("items.findAll { it.status == 'OPEN' }", hasSize(0));
        given().auth().oauth2(body).get(Workflow.INTENTIONS + "/{id}", pending).then().body("status", equalTo("ELIGIBLE"));
        String cancelledOrder = Workflow.field(given().auth().oauth2(region).get(REQUESTS + "/{id}", cancelled).then()
                .body("status", equalTo("CANCELLED")).body("hiring_intention_ids", hasSize(0)).extract().asString(), "purchase_order_id");
        given().auth().oauth2(region).get("/api/v1/purchase-orders/{id}", cancelledOrder).then().body("status", equalTo("CANCELLED"));
        given().auth().oauth2(body).get(Workflow.INTENTIONS + "/{id}", others.get(1)).then().body("status", equalTo("ELIGIBLE"));
        feed().body("tombstones.id", hasItem(cancelled));
    }

    static String authorised(String lot, List<String> intentions, int places) {
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, places));
        Workflow.toReview(MANDATAIRE, id);
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(200);
        return id;
    }

    static String openReview(String token, String session) {
        return given().auth().oauth2(token).get(REQUESTS + "/{id}/reviews", session).then().statusCode(200)
                .extract().path("items.find { it.status == 'OPEN' }.id");
    }

    static ValidatableResponse join(String token, String session, String intention) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("kind", "JOINING", "hiring_intention_id", intention, "reason", "La progression pédagogique le permet")))
                .post(REQUESTS + "/{id}/reviews", session).then();
    }

    static ValidatableResponse decide(String token, String session, String review, String decision) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(decision)
                .post(REQUESTS + "/{id}/reviews/{review}/decision", session, review).then();
    }

    static ValidatableResponse feed() {
        return given().auth().oauth2(Tokens.publisher()).queryParam("updated_since", OffsetDateTime.now().minusMinutes(5).toString())
                .queryParam("limit", 500).get("/api/v1/publication/sessions").then().statusCode(200);
    }
}

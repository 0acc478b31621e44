package fr.paysdelaloire.emploiformation.intention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Parallel;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.TestClock;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.WebhookReceiver;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #21 through HTTP: an employer's need raised before a training body is chosen, seen by the bodies of the lots
 * covering it and nobody else, answered by proposals, taken up by its sender, and — unanswered — shown to the Region.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class OpenNeedTest {

    static final String NEEDS = "/api/v1/open-needs";
    static final String INTENTIONS = "/api/v1/hiring-intentions";
    static final String WEBHOOKS = "/api/v1/webhooks";
    static final Duration WAIT = Duration.ofSeconds(15);
    static final ObjectMapper JSON = new ObjectMapper();
    static WebhookReceiver receiver;

    @Inject
    TestClock clock;

    final List<String[]> subscribed = new ArrayList<>();

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        for (String[] subscription : subscribed) {
            given().auth().oauth2(subscription[0]).delete(WEBHOOKS + "/{id}", subscription[1]).then().statusCode(204);
        }
    }

    void subscribe(String token, String path, String... types) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("url", receiver.url(path), "event_types", List.of(types), "description", "open needs")))
                .post(WEBHOOKS).then().statusCode(201).extract().path("id");
        subscribed.add(new String[] { token, id });
    }

    static List<JsonNode> events(String path, String subject, String type) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (WebhookReceiver.Received received : receiver.received(path)) {
            JsonNode event = JSON.readTree(received.body());
            if (event.path("subject").path("id").asText().equals(subject) && event.path("type").asText().equals(type)) {
                events.add(event);
            }
        }
        return events;
    }

    static List<JsonNode> await(String path, String subject, String type, int count) throws Exception {
        receiver.await(path, all -> {
            try {
                return events(path, subject, type).size() >= count;
            } catch (Exception e) {
                return false;
            }
        }, WAIT);
        return events(path, subject, type);
    }

    /** A need for {@code rome} at a place of work in {@code commune}, no training body named, sent with {@code token}. */
    static String need(String token, String rome, String commune, boolean proof) {
        String need = Workflow.openNeed(token, rome, commune, proof);
        given().auth().oauth2(Tokens.regionOfficer()).get(INTENTIONS + "/{id}", need).then().statusCode(200)
                .body("training_body_siret", nullValue())
                .body("eligibility.rules.find { it.rule == 'ONE_TRAINING_BODY' }.outcome", equalTo("PASS"));
        return need;
    }

    static String propose(String siret, String need, String lot, int status) {
        return given().auth().oauth2(Tokens.trainingBody(siret)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("lot_code", lot, "summary", "Titre professionnel Maçon, 750 h, 2 immersions", "certification_code",
                        "RNCP35185", "planned_start_date", "2027-03-01")))
                .post(NEEDS + "/{id}/proposals", need).then().statusCode(status).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse takeUp(String token, String need, String proposal) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("proposal_id", proposal, "proof", Map.of("channel", "EMAIL", "received_on", "2026-11-25",
                        "reference", "courriel de l'employeur à l'organisme"))))
                .post(NEEDS + "/{id}/take-up", need).then();
    }

    static List<String> listed(String token, String query) {
        return given().auth().oauth2(token).get(NEEDS + "?size=100&" + query).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aPlatformsNeedMeetsTheBodiesOfTheLotCoveringIt_theEmployerChoosesOne_theOtherIsTold() throws Exception {
        String first = Sirets.random();
        String second = Sirets.random();
        String lot = Workflow.lot("CONSTRUCTION", List.of("49"), first, second, new Workflow.BigDecimalString("14.50"));
        String otherSector = Sirets.random();
        Workflow.lot("COMMERCE", List.of("49"), otherSector, Sirets.random(), new Workflow.BigDecimalString("14.50"));
        String otherTerritory = Sirets.random();
        String otherLot = Workflow.lot("CONSTRUCTION", List.of("44"), otherTerritory, Sirets.random(), new Workflow.BigDecimalString("14.50"));
        String platform = Tokens.employerPlatform();
        subscribe(Tokens.trainingBody(first), "/first", "NEED_RAISED", "NEED_TAKEN_UP");
        subscribe(Tokens.trainingBody(second), "/second", "NEED_RAISED", "NEED_TAKEN_UP");
        subscribe(Tokens.trainingBody(otherSector), "/other-sector", "NEED_RAISED");
        subscribe(platform, "/platform", "NEED_PROPOSAL_MADE", "NEED_TAKEN_UP");

        // nosemplois pushes a need in Maine-et-Loire (Angers) for a construction job, no body chosen
        String need = need(platform, "F1703", "49007", true);

        // the two bodies of the construction lot of 49 see it, with the employer's name and place but not its SIRET
        for (String body : List.of(first, second)) {
            assertTrue(listed(Tokens.trainingBody(body), "department=49&sector=CONSTRUCTION").contains(need), body);
            given().auth().oauth2(Tokens.trainingBody(body)).get(NEEDS + "/{id}", need).then().statusCode(200)
                    .body("open", equalTo(true)).body("sector", equalTo("CONSTRUCTION")).body("raised_by", equalTo("employer-platform"))
                    .body("employer.name", equalTo("Bâtiments du Layon")).body("employer.commune_insee", equalTo("49007"))
                    .body("employer.siret", nullValue()).body("$", not(org.hamcrest.Matchers.hasKey("proof")))
                    .body("unanswered", nullValue());
            // as an intention it is not theirs yet
            given().auth().oauth2(Tokens.trainingBody(body)).get(INTENTIONS + "/{id}", need).then().statusCode(404);
        }
        // a body of another sector, or of another territory, does not
        for (String body : List.of(otherSector, otherTerritory)) {
            assertFalse(listed(Tokens.trainingBody(body), "").contains(need), body);
            given().auth().oauth2(Tokens.trainingBody(body)).get(NEEDS + "/{id}", need).then().statusCode(404);
        }
        // the sender sees its need with the employer's SIRET
        given().auth().oauth2(platform).get(NEEDS + "/{id}", need).then().statusCode(200).body("employer.siret", org.hamcrest.Matchers.notNullValue());
        assertTrue(listed(Tokens.regionOfficer(), "department=49").contains(need));
        assertEquals(1, await("/first", need, "NEED_RAISED", 1).size());
        assertEquals(1, await("/second", need, "NEED_RAISED", 1).size());

        // both propose, each through the lot that covers the need; the other territory's body cannot
        given().auth().oauth2(Tokens.trainingBody(first)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("lot_code", otherLot, "summary", "Par un lot qui n'est pas le mien")))
                .post(NEEDS + "/{id}/proposals", need).then().statusCode(422);
        String firstProposal = propose(first, need, lot, 201);
        String secondProposal = propose(second, need, lot, 201);
        assertEquals(firstProposal, propose(first, need, lot, 200), "the same proposal again is the same");
        given().auth().oauth2(Tokens.trainingBody(first)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("lot_code", lot, "summary", "Une autre offre")))
                .post(NEEDS + "/{id}/proposals", need).then().statusCode(409).body("related", containsString(firstProposal));
        propose(otherTerritory, need, otherLot, 404);
        assertEquals(2, await("/platform", need, "NEED_PROPOSAL_MADE", 2).size());
        given().auth().oauth2(platform).get(NEEDS + "/{id}/proposals", need).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(firstProposal, secondProposal));
        given().auth().oauth2(Tokens.trainingBody(first)).get(NEEDS + "/{id}/proposals", need).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(firstProposal));
        given().auth().oauth2(Tokens.trainingBody(first)).get(NEEDS + "/{id}/proposals/{proposal_id}", need, secondProposal)
                .then().statusCode(404);

        // the platform records the employer's choice: the second body
        takeUp(platform, need, secondProposal).statusCode(200).body("training_body_siret", equalTo(second))
                .body("status", equalTo("ELIGIBLE"))
                .body("eligibility.rules.find { it.rule == 'WRITTEN_PROOF' }.message", containsString("attestée par écrit"))
                .body("proof.channel", equalTo("EMAIL"));
        takeUp(platform, need, secondProposal).statusCode(200).body("training_body_siret", equalTo(second));
        takeUp(platform, need, firstProposal).statusCode(409);
        propose(otherSector, need, lot, 404);
        given().auth().oauth2(Tokens.trainingBody(first)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("lot_code", lot, "summary", "Une nouvelle offre"))).post(NEEDS + "/{id}/proposals", need)
                .then().statusCode(409);

        // one intention, of the chosen body; no longer an open need
        given().auth().oauth2(Tokens.trainingBody(second)).get(INTENTIONS + "/{id}", need).then().statusCode(200)
                .body("training_body_siret", equalTo(second));
        given().auth().oauth2(Tokens.trainingBody(first)).get(INTENTIONS + "/{id}", need).then().statusCode(404);
        assertFalse(listed(Tokens.trainingBody(first), "department=49").contains(need));
        given().auth().oauth2(Tokens.trainingBody(first)).get(NEEDS + "/{id}", need).then().statusCode(200)
                .body("open", equalTo(false)).body("training_body_siret", nullValue());
        given().auth().oauth2(Tokens.trainingBody(first)).get(NEEDS + "/{id}/proposals/{proposal_id}", need, firstProposal)
                .then().statusCode(200).body("status", equalTo("NOT_CHOSEN"));

        // every proposer is told whether it was chosen, never who was
        JsonNode toFirst = await("/first", need, "NEED_TAKEN_UP", 1).get(0);
        JsonNode toSecond = await("/second", need, "NEED_TAKEN_UP", 1).get(0);
        assertFalse(toFirst.path("data").path("chosen").asBoolean());
        assertTrue(toSecond.path("data").path("chosen").asBoolean());
        assertFalse(toFirst.toString().contains(second), toFirst.toString());
        assertEquals(second, await("/platform", need, "NEED_TAKEN_UP", 1).get(0).path("data").path("training_body_siret").asText());
        // the other sector's body heard nothing of it
        assertEquals(List.of(), events("/other-sector", need, "NEED_RAISED"));
        given().auth().oauth2(Tokens.regionOfficer()).get(INTENTIONS + "/{id}/history", need).then().statusCode(200)
                .body("items.reason", hasItem(containsString("Choix de l'employeur enregistré")));
    }

    @Test
    void twoChoicesRacing_exactlyOneIsRecorded_theOtherIs409() throws Exception {
        String first = Sirets.random();
        String second = Sirets.random();
        String lot = Workflow.lot("CONSTRUCTION", List.of("REGION"), first, second, new Workflow.BigDecimalString("14.50"));
        String platform = Tokens.employerPlatform();
        String need = need(platform, "F1703", "85191", true);
        String firstProposal = propose(first, need, lot, 201);
        String secondProposal = propose(second, need, lot, 201);
        List<Callable<Integer>> calls = List.of(() -> takeUp(platform, need, firstProposal).extract().statusCode(),
                () -> takeUp(platform, need, secondProposal).extract().statusCode());
        List<Integer> answers = Parallel.all(calls);
        assertEquals(List.of(200, 409), answers.stream().sorted().toList(), answers.toString());
        String winner = answers.get(0) == 200 ? first : second;
        given().auth().oauth2(Tokens.regionOfficer()).get(INTENTIONS + "/{id}", need).then().statusCode(200)
                .body("training_body_siret", equalTo(winner));
        given().auth().oauth2(platform).get(NEEDS + "/{id}/proposals", need).then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.containsInAnyOrder("CHOSEN", "NOT_CHOSEN"));
    }

    @Test
    void aValidatorsNeedNobodyAnswers_showsInTheRegionsViewAfterTheDelay_andTheValidatorReadsItBack() {
        String validator = Tokens.validator();
        clock.advance(Duration.ofDays(16)); // every need raised before now is old enough: the count moves by this one only
        long before = unanswered("MARITIME", "53");
        // France Travail raises a need from the BMO survey, vouching for the employer (no written proof yet): a maritime
        // job in Mayenne, a sector no lot of this test covers there
        String need = need(validator, "N3102", "53130", false);
        String employer = given().auth().oauth2(validator).get(INTENTIONS + "/{id}", need).then().statusCode(200)
                .body("status", equalTo("ELIGIBLE"))
                .body("eligibility.rules.find { it.rule == 'WRITTEN_PROOF' }.message", containsString("Besoin ouvert"))
                .extract().path("employer.siret");
        given().auth().oauth2(validator).contentType(ContentType.JSON).body(Workflow.json(Map.of("employer_siret", employer)))
                .post(INTENTIONS + "/search").then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(need));
        given().auth().oauth2(validator).get(INTENTIONS + "/{id}/history", need).then().statusCode(200);
        assertTrue(listed(validator, "department=53").contains(need));
        given().auth().oauth2(Tokens.client("mission-locale", "validator", Map.of("org_id", "mission-locale-53")))
                .get(INTENTIONS + "/{id}", need).then().statusCode(404);
        assertEquals(before, unanswered("MARITIME", "53"), "not yet: raised today");
        given().auth().oauth2(Tokens.regionOfficer()).get(NEEDS + "/{id}", need).then().statusCode(200).body("unanswered", equalTo(false));

        clock.advance(Duration.ofDays(15));
        assertEquals(before + 1, unanswered("MARITIME", "53"));
        given().auth().oauth2(Tokens.regionOfficer()).get(NEEDS + "/{id}", need).then().statusCode(200).body("unanswered", equalTo(true));
        assertTrue(listed(Tokens.regionOfficer(), "sector=MARITIME&min_age_days=15").contains(need));
        assertFalse(listed(Tokens.regionOfficer(), "sector=MARITIME&max_age_days=14").contains(need));
    }

    @Test
    void theSenderMayNameTheBodyByCorrection_theProposersAreToldAndAReopenedNeedTakesProposalsAgain() {
        String first = Sirets.random();
        String second = Sirets.random();
        String lot = Workflow.lot("CONSTRUCTION", List.of("53"), first, second, new Workflow.BigDecimalString("14.50"));
        String platform = Tokens.employerPlatform();
        String need = need(platform, "F1703", "53130", true);
        String proposal = propose(first, need, lot, 201);
        Map<String, Object> sent = given().auth().oauth2(platform).get(INTENTIONS + "/{id}", need).then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> corrected = new LinkedHashMap<>();
        for (String field : List.of("external_id", "employer", "job", "positions", "contract", "target", "employer_involvement", "proof")) {
            corrected.put(field, sent.get(field));
        }
        corrected.put("training_body_siret", second);
        given().auth().oauth2(platform).header("If-Match", Workflow.etag(platform, INTENTIONS + "/" + need)).contentType(ContentType.JSON)
                .body(Workflow.json(corrected)).put(INTENTIONS + "/{id}", need).then().statusCode(200)
                .body("training_body_siret", equalTo(second));
        given().auth().oauth2(Tokens.trainingBody(first)).get(NEEDS + "/{id}/proposals/{proposal_id}", need, proposal).then()
                .statusCode(200).body("status", equalTo("NOT_CHOSEN"));
        given().auth().oauth2(platform).get(NEEDS + "/{id}", need).then().statusCode(200).body("open", equalTo(false))
                .body("training_body_siret", equalTo(second));

        // the employer changed its mind: the platform removes the body, the need is open again
        corrected.remove("training_body_siret");
        given().auth().oauth2(platform).header("If-Match", Workflow.etag(platform, INTENTIONS + "/" + need)).contentType(ContentType.JSON)
                .body(Workflow.json(corrected)).put(INTENTIONS + "/{id}", need).then().statusCode(200)
                .body("training_body_siret", nullValue());
        given().auth().oauth2(Tokens.trainingBody(second)).get(INTENTIONS + "/{id}", need).then().statusCode(404);
        assertTrue(listed(Tokens.trainingBody(first), "department=53").contains(need));
        propose(first, need, lot, 201);
    }

    static long unanswered(String sector, String department) {
        List<Map<String, Object>> rows = given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/statistics/funnel?department=" + department)
                .then().statusCode(200).body("unanswered_needs.after_days", equalTo(15)).extract().path("unanswered_needs.by_sector_and_department");
        return rows.stream().filter(r -> sector.equals(r.get("sector"))).mapToLong(r -> ((Number) r.get("needs")).longValue()).sum();
    }
}

package fr.paysdelaloire.emploiformation.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class CandidateAndPathTest {

    static final String MANDATAIRE = "73866205898790";
    static final String COTRAITANT = "42525779372180";
    static final String OTHER_GROUPEMENT = "54125523711448";
    static final ObjectMapper JSON = new ObjectMapper();

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String identifier() {
        return String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    }

    static String uniqueName() {
        StringBuilder name = new StringBuilder("Zq");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    static String candidate(String validatorToken, String identifier, String first, String last, String situation, boolean business) {
        return given().auth().oauth2(validatorToken).contentType(ContentType.JSON)
                .body(json(Map.of("france_travail_id", identifier, "first_name", first, "last_name", last, "department", "35",
                        "situation", situation, "business_creation_project", business)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    static String validated(String validatorToken) {
        String id = candidate(validatorToken, identifier(), uniqueName(), uniqueName(), "JOB_SEEKER", false);
        given().auth().oauth2(validatorToken).post("/api/v1/candidates/{id}/validate", id).then().statusCode(200)
                .body("status", equalTo("VALIDATED"));
        return id;
    }

    /** An authorised session of a fresh lot answering five intentions; returns [session id, intention ids…]. */
    static List<String> authorisedSession(int positionsOfFirst) {
        String lot = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(json(Map.of(
                "label", "Lot", "sector", "CONSTRUCTION", "departments", List.of("44"), "price_per_trainee_hour", 14.5,
                "minimum_order_hours", 1000, "mandataire_siret", MANDATAIRE, "mandataire_name", "M", "mandataire_nda", "52440123444",
                "members", List.of(Map.of("siret", COTRAITANT, "name", "C", "nda", "52440987644")))))
                .put("/api/v1/lots/{code}", lot).then().statusCode(201);
        List<String> intentions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            intentions.add(Workflow.field(given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).body(json(Map.of(
                    "external_id", "cp-" + UUID.randomUUID(),
                    "employer", Map.of("siret", Sirets.random(), "name", "E", "department", "44", "commune_insee", "44109"),
                    "job", Map.of("title", "Maçon", "rome_code", "F1703"), "positions", i == 0 ? positionsOfFirst : 1,
                    "contract", Map.of("type", "CDI", "weekly_hours", 35), "target", Map.of("certification_code", "RNCP35185"),
                    "employer_involvement", List.of("IMMERSION"), "proof", Map.of("channel", "EMAIL", "received_on", "2026-11-20"),
                    "training_body_siret", MANDATAIRE)))
                    .post("/api/v1/hiring-intentions").then().statusCode(201).extract().asString(), "id"));
        }
        int places = positionsOfFirst + 4;
        Map<String, Object> request = Workflow.request(lot, intentions, places);
        request.put("title", "Session");
        request.put("planned_hours", 700);
        request.remove("modalities");
        String session = Workflow.draft(MANDATAIRE, request);
        step(Tokens.trainingBody(MANDATAIRE), session, "submit");
        step(Tokens.regionOfficer(), session, "start-review");
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200);
        List<String> result = new ArrayList<>();
        result.add(session);
        result.addAll(intentions);
        return result;
    }

    static void step(String token, String session, String transition) {
        Workflow.step(token, session, transition, null).statusCode(200);
    }

    static io.restassured.response.ValidatableResponse refer(String validatorToken, String candidate, Map<String, Object> target) {
        return given().auth().oauth2(validatorToken).contentType(ContentType.JSON).body(json(target))
                .post("/api/v1/candidates/{id}/referrals", candidate).then();
    }

    static io.restassured.response.ValidatableResponse position(String token, String session, String candidate, String intention) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("candidate_id", candidate);
        if (intention != null) {
            body.put("hiring_intention_id", intention);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(body))
                .post("/api/v1/session-requests/{id}/paths", session).then();
    }

    @Test
    void theProfileRulesThroughTheApi() {
        String validator = Tokens.validator();
        String employee = candidate(validator, identifier(), uniqueName(), uniqueName(), "EMPLOYEE", false);
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", employee).then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("validation.rules.find { it.rule == 'EMPLOYMENT_STATUS' }.outcome", equalTo("FAIL"))
                .body("validation.rules.find { it.rule == 'EMPLOYMENT_STATUS' }.faq_ref", equalTo("§13"));
        String founder = candidate(validator, identifier(), uniqueName(), uniqueName(), "JOB_SEEKER", true);
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", founder).then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("validation.rules.find { it.rule == 'BUSINESS_CREATION' }.outcome", equalTo("FAIL"));
        String formerSiae = candidate(validator, identifier(), uniqueName(), uniqueName(), "SIAE_EMPLOYEE_CONTRACT_ENDED", false);
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", formerSiae).then().statusCode(200)
                .body("status", equalTo("VALIDATED"))
                .body("validated_by", equalTo("validator:france-travail-pdl"))
                .body("validated_at", org.hamcrest.Matchers.notNullValue());
        String siae = candidate(validator, identifier(), uniqueName(), uniqueName(), "SIAE_EMPLOYEE", false);
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", siae).then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        // a refused candidate cannot fill an intention
        List<String> session = authorisedSession(1);
        position(validator, session.get(0), employee, session.get(1)).statusCode(422);
    }

    @Test
    void onePathPerPositionADropOutIsReplacedAndTheIntentionIsFulfilledAtItsLastHire() {
        List<String> session = authorisedSession(5);
        String sessionId = session.get(0);
        String intention = session.get(1);
        String validator = Tokens.validator();
        String tb = Tokens.trainingBody(MANDATAIRE);
        List<String> pathIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pathIds.add(position(validator, sessionId, validated(validator), intention).statusCode(201)
                    .body("status", equalTo("POSITIONED")).extract().path("id"));
        }
        String sixth = validated(validator);
        position(validator, sessionId, sixth, intention).statusCode(409).body("detail", containsString("5 path(s) for 5 position(s)"));
        // without an intention: not a Region-funded path
        position(validator, sessionId, sixth, null).statusCode(422).body("detail", containsString("§5"));

        String first = pathIds.get(0);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"reason\":\"Raisons personnelles\"}")
                .post("/api/v1/paths/{id}/drop-out", first).then().statusCode(200).body("status", equalTo("DROPPED_OUT"));
        // the body replaces the drop-out with a candidate a validator referred to the session (issue #17), not before
        position(tb, sessionId, sixth, intention).statusCode(404);
        refer(validator, sixth, Map.of("session_request_id", sessionId)).statusCode(201);
        String replacement = position(tb, sessionId, sixth, intention).statusCode(201).extract().path("id");

        String second = pathIds.get(1);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"outcome\":\"HIRED\",\"contract_type\":\"CDI\",\"start_date\":\"2027-10-01\"}")
                .post("/api/v1/paths/{id}/outcome", second).then().statusCode(409);
        // integration does not wait for the employer's agreement, recorded when it is given (issue #19, §5, §6)
        given().auth().oauth2(tb).get("/api/v1/paths/{id}", second).then().statusCode(200)
                .body("allowed_transitions", equalTo(List.of("employer-agreement", "integrate", "drop-out")));
        given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", second).then().statusCode(200)
                .body("status", equalTo("EMPLOYER_AGREED"));
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"individual_hours\":620,\"part_time\":true}")
                .post("/api/v1/paths/{id}/integrate", second).then().statusCode(200)
                .body("status", equalTo("INTEGRATED")).body("individual_hours", equalTo(620)).body("part_time", equalTo(true));
        given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", second).then().statusCode(409)
                .body("detail", containsString("allowed now: complete, drop-out"));
        // the other four trainees are integrated too (issue #19: integration does not wait for the employer's agreement)
        List<String> hired = new ArrayList<>(List.of(second));
        for (String other : List.of(pathIds.get(2), pathIds.get(3), pathIds.get(4), replacement)) {
            given().auth().oauth2(tb).contentType(ContentType.JSON).body("{}").post("/api/v1/paths/{id}/integrate", other).then()
                    .statusCode(200).body("status", equalTo("INTEGRATED"));
            hired.add(other);
        }
        // the employer of an integrated trainee agrees afterwards: noted, the path stays INTEGRATED (§5)
        String late = pathIds.get(2);
        given().auth().oauth2(tb).get("/api/v1/paths/{id}", late).then()
                .body("employer_agreed_at", org.hamcrest.Matchers.nullValue())
                .body("allowed_transitions", equalTo(List.of("employer-agreement", "drop-out")));
        given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", late).then().statusCode(200)
                .body("status", equalTo("INTEGRATED")).body("employer_agreed_at", org.hamcrest.Matchers.notNullValue())
                .body("allowed_transitions", equalTo(List.of("drop-out")));
        given().auth().oauth2(tb).get("/api/v1/paths/{id}/history", late).then()
                .body("items[-1].reason", containsString("Accord de l'employeur donné après l'intégration"))
                .body("items[-1].to", equalTo("INTEGRATED"));
        given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", late).then().statusCode(409);
        given().auth().oauth2(tb).get("/api/v1/paths/{id}", second).then().body("employer_agreed_at", org.hamcrest.Matchers.notNullValue());
        step(tb, sessionId, "start");
        step(tb, sessionId, "complete");
        given().auth().oauth2(tb).get("/api/v1/paths/{id}", second).then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"outcome\":\"HIRED\",\"contract_type\":\"CDI\",\"start_date\":\"2027-10-01\",\"partial_certification\":true}")
                .post("/api/v1/paths/{id}/outcome", second).then().statusCode(200)
                .body("outcome", equalTo("HIRED")).body("partial_certification", equalTo(true));
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"outcome\":\"NOT_HIRED\",\"reason\":\"x\"}")
                .post("/api/v1/paths/{id}/outcome", second).then().statusCode(409);
        // issue #19 (1): one hire of five positions does not fulfil the intention; it counts, and says so
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", intention).then()
                .body("status", equalTo("COVERED")).body("hires", equalTo(1)).body("positions", equalTo(5));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}/history", intention).then()
                .body("items[-1].to", equalTo("COVERED"))
                .body("items[-1].reason", containsString("(1/5)"));
        for (int i = 1; i < 4; i++) {
            given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"outcome\":\"HIRED\",\"contract_type\":\"CDI\",\"start_date\":\"2027-10-01\"}")
                    .post("/api/v1/paths/{id}/outcome", hired.get(i)).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", intention).then()
                .body("status", equalTo("COVERED")).body("hires", equalTo(4));
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"outcome\":\"HIRED\",\"contract_type\":\"CDI\",\"start_date\":\"2027-10-01\"}")
                .post("/api/v1/paths/{id}/outcome", hired.get(4)).then().statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", intention).then()
                .body("status", equalTo("FULFILLED")).body("hires", equalTo(5));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}/history", intention).then()
                .body("items[-1].to", equalTo("FULFILLED"))
                .body("items[-1].reason", containsString("(5/5)"))
                .body("items[-1].actor", equalTo("training-body:" + MANDATAIRE));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/paths/{id}/history", second).then().statusCode(200)
                .body("items.to", equalTo(List.of("POSITIONED", "EMPLOYER_AGREED", "INTEGRATED", "COMPLETED", "COMPLETED")))
                .body("items[-1].reason", containsString("Embauché"));
        given().auth().oauth2(tb).get("/api/v1/session-requests/{id}/paths", sessionId).then().statusCode(200)
                .body("$", hasSize(6));
    }

    @Test
    void aCandidateHasOneActivePathAtATime() {
        List<String> one = authorisedSession(1);
        List<String> two = authorisedSession(1);
        String validator = Tokens.validator();
        String candidate = validated(validator);
        position(validator, one.get(0), candidate, one.get(1)).statusCode(201);
        position(validator, two.get(0), candidate, two.get(1)).statusCode(409).body("detail", containsString("one at a time"));
    }

    @Test
    void onlyThoseWhoHandleACandidateSeeIt() {
        String validator = Tokens.validator();
        String otherValidator = Tokens.client("mission-locale-nantes", "validator", Map.of("org_id", "mission-locale-nantes"));
        String candidate = validated(validator);
        List<String> session = authorisedSession(1);
        position(validator, session.get(0), candidate, session.get(1)).statusCode(201);

        given().auth().oauth2(validator).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        for (String stranger : List.of(otherValidator, Tokens.trainingBody(OTHER_GROUPEMENT), Tokens.employerPlatform(), Tokens.publisher())) {
            given().auth().oauth2(stranger).get("/api/v1/candidates/{id}", candidate).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/candidates/{id}", candidate).then().statusCode(401);
        // search by identifier: in a body, same visibility
        String identifier = given().auth().oauth2(validator).get("/api/v1/candidates/{id}", candidate).then().extract().path("france_travail_id");
        given().auth().oauth2(validator).contentType(ContentType.JSON).body(json(Map.of("france_travail_id", identifier)))
                .post("/api/v1/candidates/search").then().statusCode(200).body("id", equalTo(candidate));
        given().auth().oauth2(otherValidator).contentType(ContentType.JSON).body(json(Map.of("france_travail_id", identifier)))
                .post("/api/v1/candidates/search").then().statusCode(404);
        // the other validator cannot register the same person again, nor learn who holds them
        given().auth().oauth2(otherValidator).contentType(ContentType.JSON).body(json(Map.of("france_travail_id", identifier,
                "first_name", "A", "last_name", "B", "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(409).body("related", org.hamcrest.Matchers.nullValue());
        // paths: the other groupement's body does not see them
        given().auth().oauth2(Tokens.trainingBody(OTHER_GROUPEMENT)).get("/api/v1/session-requests/{id}/paths", session.get(0))
                .then().statusCode(404);
        given().auth().oauth2(otherValidator).get("/api/v1/session-requests/{id}/paths", session.get(0)).then().statusCode(200)
                .body("$", hasSize(0));
    }

    /**
     * Issue #19 (8), §3, §5, §13: France Travail registers an SIAE employee (refused while the contract runs); a Mission
     * locale registering the same person follows them (200, no 409 telling another organisation's records apart); it
     * corrects the situation once the contract ended: evaluated again, VALIDATED, the history and the access log say so.
     */
    @Test
    void severalValidatorOrganisationsFollowOnePersonAndKeepTheirSituationCurrent() {
        String franceTravail = Tokens.validator();
        String missionLocale = Tokens.client("mission-locale-angers", "validator", Map.of("org_id", "mission-locale-angers"));
        String stranger = Tokens.client("cap-emploi-49", "validator", Map.of("org_id", "cap-emploi-49"));
        String identifier = identifier();
        String first = uniqueName();
        String last = uniqueName();
        String candidate = candidate(franceTravail, identifier, first, last, "SIAE_EMPLOYEE", false);
        given().auth().oauth2(franceTravail).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        given().auth().oauth2(missionLocale).get("/api/v1/candidates/{id}", candidate).then().statusCode(404);

        given().auth().oauth2(missionLocale).contentType(ContentType.JSON)
                .body(json(Map.of("france_travail_id", identifier, "first_name", first.toUpperCase(), "last_name", " " + last,
                        "department", "49", "situation", "SIAE_EMPLOYEE", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(200).body("id", equalTo(candidate)).body("department", equalTo("35"));
        given().auth().oauth2(missionLocale).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        given().auth().oauth2(franceTravail).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);

        String correction = "{\"situation\":\"SIAE_EMPLOYEE_CONTRACT_ENDED\",\"reason\":\"Fin du contrat d'insertion\"}";
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(correction)
                .post("/api/v1/candidates/{id}/situation", candidate).then().statusCode(404);
        given().auth().oauth2(missionLocale).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/candidates/{id}/situation", candidate).then().statusCode(400);
        given().auth().oauth2(missionLocale).contentType(ContentType.JSON).body(correction)
                .post("/api/v1/candidates/{id}/situation", candidate).then().statusCode(200)
                .body("situation", equalTo("SIAE_EMPLOYEE_CONTRACT_ENDED")).body("status", equalTo("VALIDATED"))
                .body("validated_by", equalTo("validator:mission-locale-angers"));
        given().auth().oauth2(franceTravail).get("/api/v1/candidates/{id}/history", candidate).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].from_situation", equalTo("SIAE_EMPLOYEE")).body("items[0].to_situation", equalTo("SIAE_EMPLOYEE_CONTRACT_ENDED"))
                .body("items[0].from_status", equalTo("REFUSED")).body("items[0].to_status", equalTo("VALIDATED"))
                .body("items[0].actor", equalTo("validator:mission-locale-angers"));
        given().auth().oauth2(stranger).get("/api/v1/candidates/{id}/history", candidate).then().statusCode(404);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}/access-log", candidate).then()
                .body("items.findAll { it.actor == 'validator:mission-locale-angers' }.action",
                        org.hamcrest.Matchers.hasItems("FOLLOW", "READ", "CORRECT"));
        // an employee who lost their job, not yet validated: corrected, still waiting for validation
        String employee = candidate(franceTravail, identifier(), uniqueName(), uniqueName(), "EMPLOYEE", false);
        given().auth().oauth2(franceTravail).contentType(ContentType.JSON).body("{\"situation\":\"JOB_SEEKER\"}")
                .post("/api/v1/candidates/{id}/situation", employee).then().statusCode(200)
                .body("status", equalTo("CREATED")).body("situation", equalTo("JOB_SEEKER"));
    }

    @Test
    void theLogOfAWholeStoryHoldsNoNameNorIdentifier() throws IOException {
        String validator = Tokens.validator();
        String first = uniqueName();
        String last = uniqueName();
        String identifier = identifier();
        String candidate = candidate(validator, identifier, first, last, "JOB_SEEKER", false);
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        List<String> session = authorisedSession(1);
        String path = position(validator, session.get(0), candidate, session.get(1)).statusCode(201).extract().path("id");
        String tb = Tokens.trainingBody(MANDATAIRE);
        given().auth().oauth2(tb).post("/api/v1/paths/{id}/employer-agreement", path).then().statusCode(200);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{}").post("/api/v1/paths/{id}/integrate", path).then().statusCode(200);
        step(tb, session.get(0), "start");
        step(tb, session.get(0), "complete");
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"outcome\":\"HIRED\",\"contract_type\":\"CDI\",\"start_date\":\"2027-10-01\"}")
                .post("/api/v1/paths/{id}/outcome", path).then().statusCode(200);
        // another organisation following the person, one with the identifier under another name, and a bad registration
        given().auth().oauth2(Tokens.client("x", "validator", Map.of("org_id", "x"))).contentType(ContentType.JSON)
                .body(json(Map.of("france_travail_id", identifier, "first_name", first, "last_name", last, "department", "35",
                        "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(200);
        given().auth().oauth2(Tokens.client("y", "validator", Map.of("org_id", "y"))).contentType(ContentType.JSON)
                .body(json(Map.of("france_travail_id", identifier, "first_name", first, "last_name", last + "x", "department", "35",
                        "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(409);
        given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body("{\"france_travail_id\":\"" + identifier + "\",\"first_name\":\"" + first + "\",\"last_name\":7}")
                .post("/api/v1/candidates").then().statusCode(400);
        String log = Files.readString(Path.of("target", "quarkus-test.log"));
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("Installed features"), "the test log is the application's");
        assertFalse(log.contains(first), "the log holds the first name");
        assertFalse(log.contains(last), "the log holds the last name");
        assertFalse(log.contains(identifier), "the log holds the France Travail identifier");
    }

    @Test
    void candidatesAreRegisteredByValidatorsOnly() {
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"france_travail_id\":\"1234567A\",\"first_name\":\"A\",\"last_name\":\"B\",\"department\":\"44\",\"situation\":\"JOB_SEEKER\",\"business_creation_project\":false}")
                .post("/api/v1/candidates").then().statusCode(403);
        given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body("{\"france_travail_id\":\"12\",\"first_name\":\"\",\"last_name\":\"B\",\"department\":\"20\",\"situation\":\"RETIRED\",\"business_creation_project\":false}")
                .post("/api/v1/candidates").then().statusCode(400).body("violations.field", hasItem("situation"));
        given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body("{\"france_travail_id\":\"12\",\"first_name\":\"\",\"last_name\":\"B\",\"department\":\"20\",\"situation\":\"JOB_SEEKER\",\"business_creation_project\":false}")
                .post("/api/v1/candidates").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("france_travail_id", "first_name", "department"));
    }

    @jakarta.inject.Inject
    fr.paysdelaloire.emploiformation.support.TestClock clock;

    /**
     * Issue #17 (1): a body reaches a candidate through a validator's referral — to that session only when one is named
     * — or its own paths, and loses them when the referral is withdrawn or expires (90 days), or 183 days after its last
     * path with the candidate ended.
     */
    @Test
    void aBodysAccessFollowsReferralsAndRunsOutAfterItsLastPath() {
        String validator = Tokens.validator();
        String tb = Tokens.trainingBody(MANDATAIRE);
        List<String> a = authorisedSession(1);
        List<String> b = authorisedSession(1);
        String candidate = validated(validator);
        given().auth().oauth2(tb).get("/api/v1/candidates/{id}", candidate).then().statusCode(404);
        refer(validator, candidate, Map.of("session_request_id", a.get(0))).statusCode(201);
        refer(validator, candidate, Map.of("session_request_id", a.get(0))).statusCode(200);
        given().auth().oauth2(tb).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        // a referral to session A does not open session B
        position(tb, b.get(0), candidate, b.get(1)).statusCode(404);
        String path = position(tb, a.get(0), candidate, a.get(1)).statusCode(201).extract().path("id");
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"reason\":\"Déménagement\"}")
                .post("/api/v1/paths/{id}/drop-out", path).then().statusCode(200);
        try {
            clock.advance(java.time.Duration.ofDays(182));
            given().auth().oauth2(tb).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
            clock.advance(java.time.Duration.ofDays(2));
            given().auth().oauth2(tb).get("/api/v1/candidates/{id}", candidate).then().statusCode(404);
            given().auth().oauth2(validator).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
            given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        } finally {
            clock.reset();
        }

        // a referral to the body itself: withdrawn by its validator, the access goes with it
        String second = validated(validator);
        String referral = refer(validator, second, Map.of("training_body_siret", MANDATAIRE)).statusCode(201).extract().path("id");
        given().auth().oauth2(tb).get("/api/v1/referrals").then().statusCode(200).body("items.id", hasItem(referral));
        given().auth().oauth2(tb).get("/api/v1/candidates/{id}", second).then().statusCode(200);
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/referrals/{r}/withdraw", second, referral).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(tb).get("/api/v1/candidates/{id}", second).then().statusCode(404);

        // an open referral expires after 90 days
        String third = validated(validator);
        String expiring = refer(validator, third, Map.of("training_body_siret", MANDATAIRE)).statusCode(201).extract().path("id");
        try {
            clock.advance(java.time.Duration.ofDays(91));
            given().auth().oauth2(tb).get("/api/v1/candidates/{id}", third).then().statusCode(404);
            given().auth().oauth2(validator).get("/api/v1/referrals/{id}", expiring).then().body("status", equalTo("EXPIRED"));
            position(tb, b.get(0), third, b.get(1)).statusCode(404);
        } finally {
            clock.reset();
        }
        // a referral needs a validated candidate and names one target
        String unvalidated = candidate(validator, identifier(), uniqueName(), uniqueName(), "JOB_SEEKER", false);
        refer(validator, unvalidated, Map.of("training_body_siret", MANDATAIRE)).statusCode(422);
        refer(validator, third, Map.of("training_body_siret", MANDATAIRE, "session_request_id", a.get(0))).statusCode(400);
        refer(validator, third, Map.of()).statusCode(400);
    }

    /** Issue #17 (1): a path in a session cancelled before it started ends with the cancellation, for the body's access. */
    @Test
    void aCancelledSessionEndsTheBodysAccessAfterTheSamePeriod() {
        String validator = Tokens.validator();
        String tb = Tokens.trainingBody(MANDATAIRE);
        List<String> session = authorisedSession(1);
        String candidate = validated(validator);
        position(validator, session.get(0), candidate, session.get(1)).statusCode(201);
        step(Tokens.regionOfficer(), session.get(0), "cancel");
        given().auth().oauth2(tb).get("/api/v1/candidates/{id}", candidate).then().statusCode(200);
        try {
            clock.advance(java.time.Duration.ofDays(184));
            given().auth().oauth2(tb).get("/api/v1/candidates/{id}", candidate).then().statusCode(404);
        } finally {
            clock.reset();
        }
    }
}

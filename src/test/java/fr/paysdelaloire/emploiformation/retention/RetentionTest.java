package fr.paysdelaloire.emploiformation.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Parallel;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.TestClock;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #17 (9), storage limitation (RGPD art. 5-1-e): stored idempotent answers and candidates were kept forever.
 * The purge runs with a clock the test moves: answers go after 7 days; a candidate's identity 2 years after their last
 * path ended (or their last activity), the anonymous facts staying; the access log after a year; two replicas purging
 * at once do it once.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class RetentionTest {

    @Inject
    RetentionJob job;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    long count(String sql, Object... parameters) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static String candidate(String identifier, String name) {
        String validator = Tokens.validator();
        String id = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", name, "last_name", name,
                        "department", "49", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", id).then().statusCode(200);
        return id;
    }

    static String identifier() {
        return String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "Z";
    }

    /** An authorised session of a fresh lot; [session, first intention]. */
    static List<String> session() {
        String lot = Workflow.lot();
        String session = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(lot, Workflow.intentions(Workflow.MANDATAIRE, 5), 5));
        Workflow.toReview(Workflow.MANDATAIRE, session);
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200);
        List<String> intentions = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session).then()
                .extract().path("hiring_intention_ids");
        List<String> result = new ArrayList<>();
        result.add(session);
        result.addAll(intentions);
        return result;
    }

    static String position(String session, String candidate, String intention) {
        return given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", candidate, "hiring_intention_id", intention)))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201).extract().path("id");
    }

    @Test
    void idempotentAnswersGoAfterSevenDays() throws Exception {
        String key = "retention-" + UUID.randomUUID();
        String intention = Workflow.json(Map.of("external_id", "ret-" + UUID.randomUUID(),
                "employer", Map.of("siret", Sirets.random(), "name", "E", "department", "44", "commune_insee", "44109"),
                "job", Map.of("title", "Maçon", "rome_code", "F1703"), "positions", 1,
                "contract", Map.of("type", "CDI", "weekly_hours", 35), "target", Map.of("certification_code", "RNCP35185"),
                "employer_involvement", List.of("IMMERSION"), "proof", Map.of("channel", "PLATFORM", "received_on", "2026-11-20"),
                "training_body_siret", Workflow.MANDATAIRE));
        given().auth().oauth2(Tokens.employerPlatform()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(intention).post("/api/v1/hiring-intentions").then().statusCode(201);
        assertEquals(1, count("select count(*) from idempotency_key where key = ?", key));
        clock.advance(Duration.ofDays(6));
        job.run();
        assertEquals(1, count("select count(*) from idempotency_key where key = ?", key), "kept within 7 days");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertTrue(job.run().idempotencyAnswers() >= 1);
        assertEquals(0, count("select count(*) from idempotency_key where key = ?", key));
    }

    @Test
    void aCandidatesIdentityIsErasedTwoYearsAfterTheirLastPathEndedAndTheFactsStay() throws Exception {
        String idleIdentifier = identifier();
        String idle = candidate(idleIdentifier, "Idle" + UUID.randomUUID().toString().substring(0, 6));
        String droppedName = "Dropped" + UUID.randomUUID().toString().substring(0, 6);
        String dropped = candidate(identifier(), droppedName);
        String placed = candidate(identifier(), "Placed" + UUID.randomUUID().toString().substring(0, 6));
        List<String> session = session();
        String droppedPath = position(session.get(0), dropped, session.get(1));
        position(session.get(0), placed, session.get(2));
        String tb = Tokens.trainingBody(Workflow.MANDATAIRE);
        given().auth().oauth2(tb).contentType(ContentType.JSON).body("{\"reason\":\"Raisons de santé de " + droppedName + "\"}")
                .post("/api/v1/paths/{id}/drop-out", droppedPath).then().statusCode(200);
        given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body("{\"situation\":\"JOB_SEEKER\",\"reason\":\"Situation confirmée par " + droppedName + "\"}")
                .post("/api/v1/candidates/{id}/situation", dropped).then().statusCode(200);

        clock.advance(Duration.ofDays(729));
        job.run();
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}", idle).then()
                .body("france_travail_id", equalTo(idleIdentifier)).body("erased_at", nullValue());

        clock.advance(Duration.ofDays(2));
        RetentionJob.Report report = job.run();
        assertTrue(report.ran());
        assertTrue(report.candidatesErased() >= 2, report.toString());
        for (String erased : List.of(idle, dropped)) {
            given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}", erased).then().statusCode(200)
                    .body("france_travail_id", nullValue()).body("first_name", nullValue()).body("last_name", nullValue())
                    .body("erased_at", notNullValue())
                    // the anonymous facts statistics need stay
                    .body("department", equalTo("49")).body("situation", equalTo("JOB_SEEKER")).body("status", equalTo("VALIDATED"));
        }
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}", placed).then()
                .body("erased_at", nullValue()).body("first_name", notNullValue());
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/paths/{id}", droppedPath).then().statusCode(200)
                .body("status", equalTo("DROPPED_OUT")).body("drop_out_reason", nullValue());
        assertEquals(0, count("select count(*) from training_path_history where reason like ?", "%" + droppedName + "%"),
                "the free text about the person is gone from the path's history too");
        assertEquals(0, count("select count(*) from candidate_situation_change where reason like ?", "%" + droppedName + "%"),
                "and from the corrections of their situation, which stay");
        assertEquals(1, count("select count(*) from candidate_situation_change where candidate_id = ?::uuid", dropped));
        assertEquals(0, count("select count(*) from candidate where france_travail_id = ?", idleIdentifier));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/candidates/{id}/access-log", idle).then()
                .body("items.find { it.action == 'ERASE' }.actor", equalTo("system:retention"));
        // a second round leaves them alone
        job.run();
        assertEquals(1, count("select count(*) from candidate_access where candidate_id = ?::uuid and action = 'ERASE'", idle));
    }

    @Test
    void theAccessLogGoesAfterAYear() throws Exception {
        String id = candidate(identifier(), "Logged" + UUID.randomUUID().toString().substring(0, 6));
        long entries = count("select count(*) from candidate_access where candidate_id = ?::uuid", id);
        assertTrue(entries >= 2, "created and validated");
        clock.advance(Duration.ofDays(364));
        job.run();
        assertEquals(entries, count("select count(*) from candidate_access where candidate_id = ?::uuid", id));
        clock.advance(Duration.ofDays(2));
        job.run();
        assertEquals(0, count("select count(*) from candidate_access where candidate_id = ?::uuid and action <> 'ERASE'", id));
    }

    @Test
    void twoReplicasPurgingAtOnceEraseEachCandidateOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(candidate(identifier(), "Twice" + i));
        }
        clock.advance(Duration.ofDays(731));
        List<RetentionJob.Report> reports = Parallel.all(List.<Callable<RetentionJob.Report>>of(job::run, job::run));
        assertTrue(reports.stream().anyMatch(RetentionJob.Report::ran), reports.toString());
        for (String id : ids) {
            assertEquals(1, count("select count(*) from candidate_access where candidate_id = ?::uuid and action = 'ERASE'", id), id);
            assertEquals(1, count("select count(*) from candidate where id = ?::uuid and erased_at is not null", id));
        }
    }
}

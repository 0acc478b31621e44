package fr.paysdelaloire.emploiformation.intention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Parallel;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * R3 (issue #11): a partner's retries, a thousand at once — the same push (same external_id) with and without one
 * Idempotency-Key — make exactly one record, and every answer names it.
 */
@Tag(Lanes.CAMPAIGN)
@QuarkusTest
@Tag(Lanes.APPLICATION)
class RetryCampaignTest {

    static final int REPLAYS = 1000;
    static final int CLIENTS = 64;

    static List<Response> concurrently(Callable<Response> call) throws Exception {
        return Parallel.times(REPLAYS, CLIENTS, call);
    }

    static Map<Integer, Integer> statuses(List<Response> responses) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        responses.forEach(r -> statuses.merge(r.statusCode(), 1, Integer::sum));
        return statuses;
    }

    @Test
    void aThousandReplaysWithOneIdempotencyKeyMakeOneRecordAndOneAnswer() throws Exception {
        IntentionJson intention = IntentionJson.eligible();
        String token = Tokens.employerPlatform();
        String key = UUID.randomUUID().toString();
        List<Response> responses = concurrently(() -> given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(intention.json()).post(Workflow.INTENTIONS));
        long bodies = responses.stream().map(Response::asString).distinct().count();
        long records = Workflow.intentionCount(intention.get("employer.siret"));
        System.out.printf("R3 retries with one Idempotency-Key: requests sent=%d answers=%s distinct bodies=%d records=%d "
                + "lost=%d duplicated=%d%n", REPLAYS, statuses(responses), bodies, records, 1 - Math.min(1, records),
                Math.max(0, records - 1));
        assertEquals(Map.of(201, REPLAYS), statuses(responses));
        assertEquals(1, bodies);
        assertEquals(1, records);
    }

    @Test
    void aThousandReplaysOfOneExternalIdMakeOneRecordThatEveryAnswerNames() throws Exception {
        IntentionJson intention = IntentionJson.eligible();
        String token = Tokens.employerPlatform();
        List<Response> responses = concurrently(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(intention.json()).post(Workflow.INTENTIONS));
        long ids = responses.stream().map(r -> r.<String>path("id")).distinct().count();
        long records = Workflow.intentionCount(intention.get("employer.siret"));
        System.out.printf("R3 retries of one external_id: requests sent=%d answers=%s distinct ids=%d records=%d "
                + "lost=%d duplicated=%d%n", REPLAYS, statuses(responses), ids, records, 1 - Math.min(1, records),
                Math.max(0, records - 1));
        assertEquals(Map.of(201, 1, 200, REPLAYS - 1), statuses(responses));
        assertEquals(1, ids);
        assertEquals(1, records);
    }
}

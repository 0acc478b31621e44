package fr.paysdelaloire.emploiformation.intention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/** Partners retry and run in parallel: one intention per external_id, one answer per idempotency key. */
@Tag(Lanes.CAMPAIGN)
@QuarkusTest
@Tag(Lanes.APPLICATION)
class IntentionConcurrencyTest {

    static final int CALLS = 50;

    static List<Response> inParallel(Callable<Response> call) throws Exception {
        return Parallel.times(CALLS, CALLS, call);
    }

    @Test
    void fiftyParallelPostsOfOneExternalIdLeaveOneRow() throws Exception {
        IntentionJson intention = IntentionJson.eligible();
        String token = Tokens.employerPlatform();
        List<Response> responses = inParallel(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(intention.json()).post(Workflow.INTENTIONS));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(CALLS - 1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        Set<String> ids = new HashSet<>();
        responses.forEach(r -> ids.add(r.path("id")));
        assertEquals(1, ids.size());
        assertEquals(1, Workflow.intentionCount(intention.get("employer.siret")));
    }

    @Test
    void fiftyParallelPostsWithOneIdempotencyKeyGetOneBody() throws Exception {
        IntentionJson intention = IntentionJson.eligible();
        String token = Tokens.employerPlatform();
        String key = UUID.randomUUID().toString();
        List<Response> responses = inParallel(() -> given().auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(intention.json()).post(Workflow.INTENTIONS));
        Set<String> bodies = new HashSet<>();
        responses.forEach(r -> {
            assertEquals(201, r.statusCode(), r.asString());
            bodies.add(r.asString());
        });
        assertEquals(1, bodies.size());
        assertEquals(1, Workflow.intentionCount(intention.get("employer.siret")));
    }
}

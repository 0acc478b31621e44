package fr.paysdelaloire.emploiformation.session;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * R5 (issue #11): on one request under review, three officers (three clients) decide at the same instant — authorise,
 * reject, ask for information — and the training body withdraws it. Round after round, exactly one wins; the request's
 * status and history are the winner's; a purchase order exists exactly when the authorisation won. Two instances
 * racing are shown by scripts/two-instances.sh in .ci/run.
 */
@Tag(Lanes.CAMPAIGN)
@QuarkusTest
@Tag(Lanes.APPLICATION)
class RaceCampaignTest {

    static final int ROUNDS = 20;
    static final Map<String, String> STATUS_OF = Map.of("authorise", "AUTHORISED", "reject", "REJECTED",
            "request-information", "INFORMATION_REQUESTED", "withdraw", "WITHDRAWN");

    @Test
    void concurrentDecisionsOnOneRequestHaveExactlyOneWinner() throws Exception {
        String lot = Workflow.lot();
        int raced = 0;
        int doubleWinners = 0;
        int ordersWhenAuthorised = 0;
        int authorisedWins = 0;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(lot, Workflow.intentions(Workflow.MANDATAIRE, 5), 5));
                Workflow.toReview(Workflow.MANDATAIRE, id);
                CountDownLatch start = new CountDownLatch(1);
                List<String> transitions = List.of("authorise", "reject", "request-information", "withdraw");
                List<Callable<Integer>> calls = new ArrayList<>();
                for (String transition : transitions) {
                    String token = transition.equals("withdraw") ? Tokens.trainingBody(Workflow.MANDATAIRE)
                            : Tokens.client("officer-" + transition, "region-officer", Map.of());
                    // every contender read the version under review before the start: a contender that read it only
                    // after another had won could make a second, legitimate transition (seen in CI: request-information
                    // then withdraw), which is a later decision, not a race
                    String read = Workflow.etag(token, Workflow.REQUESTS + "/" + id);
                    calls.add(() -> {
                        start.await();
                        return Workflow.step(token, id, transition, "Décision " + transition, read).extract().statusCode();
                    });
                }
                List<Future<Integer>> futures = new ArrayList<>();
                for (Callable<Integer> call : calls) {
                    futures.add(pool.submit(call));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (int i = 0; i < transitions.size(); i++) {
                    int status = futures.get(i).get();
                    raced++;
                    assertTrue(status == 200 || status == 409 || status == 412, transitions.get(i) + " → " + status);
                    if (status == 200) {
                        winners.add(transitions.get(i));
                    }
                }
                if (winners.size() != 1) {
                    doubleWinners++;
                    continue;
                }
                String winner = winners.get(0);
                given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", id).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo(STATUS_OF.get(winner)));
                List<String> history = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}/history", id)
                        .then().statusCode(200).extract().path("items.to");
                assertEquals(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", STATUS_OF.get(winner)), history, "history of " + id);
                int orders = given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders").then().statusCode(200)
                        .extract().<List<?>>path("findAll { it.session_request_ids.contains('" + id + "') }").size();
                assertEquals(winner.equals("authorise") ? 1 : 0, orders, "purchase orders of " + id + " won by " + winner);
                if (winner.equals("authorise")) {
                    authorisedWins++;
                    ordersWhenAuthorised += orders;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("R5 races: rounds=%d transitions raced=%d rounds without exactly one winner=%d authorised wins=%d "
                + "purchase orders for them=%d%n", ROUNDS, raced, doubleWinners, authorisedWins, ordersWhenAuthorised);
        assertEquals(0, doubleWinners, "rounds without exactly one winner");
    }
}

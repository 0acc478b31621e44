package fr.paysdelaloire.emploiformation.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.WebhookReceiver;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Webhooks end to end, with a partner's receiver on localhost: signed deliveries after commit only, retries with
 * the same event id, order per object, replay, and nothing ever sent about what the subscriber may not read.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class WebhookDeliveryTest {

    static final String WEBHOOKS = "/api/v1/webhooks";
    static final Duration WAIT = Duration.ofSeconds(15);
    static final ObjectMapper JSON = new ObjectMapper();
    static WebhookReceiver receiver;

    @Inject
    OutboxProbe probe;

    @Inject
    DataSource dataSource;

    @Inject
    DeliveryStore store;

    /** (token, subscription id) of what a test subscribed: deleted after it, so no other test's change is sent anywhere. */
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
    void unsubscribe() {
        for (String[] subscription : subscribed) {
            given().auth().oauth2(subscription[0]).delete(WEBHOOKS + "/{id}", subscription[1]).then().statusCode(204);
        }
    }

    record Subscription(String id, String secret, String path) {
    }

    Subscription subscribe(String token, String path, String... types) {
        ExtractableResponse<Response> created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("url", receiver.url(path), "event_types", List.of(types), "description", "test")))
                .post(WEBHOOKS).then().statusCode(201).header("Location", containsString(WEBHOOKS + "/")).extract();
        String id = created.path("id");
        subscribed.add(new String[] { token, id });
        return new Subscription(id, created.path("secret"), path);
    }

    static String platformIntention() {
        return Workflow.intention(Tokens.employerPlatform(), Workflow.MANDATAIRE, 1, null, Sirets.random());
    }

    static JsonNode body(WebhookReceiver.Received received) throws Exception {
        return JSON.readTree(received.body());
    }

    static List<WebhookReceiver.Received> about(String path, String subjectId) {
        return receiver.received(path).stream().filter(r -> r.body().contains(subjectId)).toList();
    }

    static List<WebhookReceiver.Received> awaitAbout(String path, String subjectId, int count) throws InterruptedException {
        receiver.await(path, all -> all.stream().filter(r -> r.body().contains(subjectId)).count() >= count, WAIT);
        return about(path, subjectId);
    }

    JsonNode delivery(String token, Subscription subscription, String status) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode page = JSON.readTree(given().auth().oauth2(token).get(WEBHOOKS + "/{id}/deliveries", subscription.id())
                    .then().statusCode(200).extract().asString());
            JsonNode first = page.path("items").path(0);
            if (first.path("status").asText().equals(status) || System.nanoTime() > deadline) {
                return JSON.readTree(given().auth().oauth2(token)
                        .get(WEBHOOKS + "/{id}/deliveries/{delivery_id}", subscription.id(), first.path("id").asText())
                        .then().statusCode(200).extract().asString());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aDeliveryIsSignedCarriesNoPersonalDataAndATamperedBodyFailsVerification() throws Exception {
        Subscription mine = subscribe(Tokens.employerPlatform(), "/platform/signed", "INTENTION_ELIGIBILITY_DECIDED");
        String intention = platformIntention();

        WebhookReceiver.Received received = awaitAbout(mine.path(), intention, 1).get(0);
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(mine.secret(), received.id(), received.timestamp(),
                received.signature(), received.body(), Instant.now()));
        JsonNode event = body(received);
        assertEquals(received.id(), event.path("id").asText(), "webhook-id is the event's id");
        assertEquals("INTENTION_ELIGIBILITY_DECIDED", event.path("type").asText());
        assertEquals("HIRING_INTENTION", event.path("subject").path("type").asText());
        assertEquals(intention, event.path("subject").path("id").asText());
        assertEquals("/api/v1/hiring-intentions/" + intention, event.path("subject").path("href").asText());
        assertEquals("ELIGIBLE", event.path("data").path("outcome").asText());
        assertEquals(Set.of("id", "type", "occurred_at", "subject", "data"), fieldNames(event));
        assertFalse(received.body().contains("Employeur") || received.body().contains("siret"), received.body());

        try (var connection = dataSource.getConnection(); var result = connection.createStatement()
                .executeQuery("select secret from webhook_subscription where id = '" + mine.id() + "'")) {
            result.next();
            String stored = result.getString(1);
            assertTrue(stored.startsWith("aesgcm2:") && !stored.contains(mine.secret().substring(6)), "sealed at rest: " + stored);
        }

        String tampered = received.body().replace("\"ELIGIBLE\"", "\"INELIGIBLE\"");
        assertEquals(WebhookSignature.Verdict.BAD_SIGNATURE, WebhookSignature.verify(mine.secret(), received.id(),
                received.timestamp(), received.signature(), tampered, Instant.now()));
        assertEquals(WebhookSignature.Verdict.OUTSIDE_REPLAY_WINDOW, WebhookSignature.verify(mine.secret(), received.id(),
                received.timestamp(), received.signature(), received.body(), Instant.now().plus(Duration.ofMinutes(6))));

        JsonNode logged = delivery(Tokens.employerPlatform(), mine, "DELIVERED");
        assertEquals("DELIVERED", logged.path("status").asText());
        assertEquals(received.id(), logged.path("event").path("id").asText());
        assertEquals(200, logged.path("attempt_log").path(0).path("status_code").asInt());
    }

    @Test
    void aReceiversFailureIsRetriedWithBackoffAndTheSameEventId() throws Exception {
        receiver.answer("/platform/flaky", 500, 503);
        Subscription mine = subscribe(Tokens.employerPlatform(), "/platform/flaky", "INTENTION_ELIGIBILITY_DECIDED");
        String intention = platformIntention();

        List<WebhookReceiver.Received> attempts = awaitAbout(mine.path(), intention, 3);
        assertEquals(List.of(500, 503, 200), attempts.stream().map(WebhookReceiver.Received::answered).toList());
        assertEquals(1, attempts.stream().map(WebhookReceiver.Received::id).distinct().count(), "one event id for every attempt");
        assertEquals(1, attempts.stream().map(WebhookReceiver.Received::body).distinct().count(), "the same body every time");
        for (WebhookReceiver.Received attempt : attempts) {
            assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(mine.secret(), attempt.id(), attempt.timestamp(),
                    attempt.signature(), attempt.body(), Instant.now()));
        }
        JsonNode logged = delivery(Tokens.employerPlatform(), mine, "DELIVERED");
        assertEquals(3, logged.path("attempts").asInt());
        List<Integer> codes = new ArrayList<>();
        logged.path("attempt_log").forEach(a -> codes.add(a.path("status_code").asInt()));
        assertEquals(List.of(500, 503, 200), codes, logged.path("attempt_log").toString());
        assertEquals("the receiver answered 500", logged.path("attempt_log").path(0).path("error").asText());
    }

    /**
     * A receiver's short answers, one after another on a kept-alive connection: each attempt is logged with the status
     * the receiver gave, and nothing answered is sent again (the answer's end once raced the dispatcher reading it).
     */
    @Tag(Lanes.CAMPAIGN)
    @Test
    void everyAnsweredAttemptIsLoggedWithItsStatusAndSentOnce() throws Exception {
        Subscription mine = subscribe(Tokens.employerPlatform(), "/platform/short-answers", "INTENTION_WITHDRAWN");
        Set<String> readers = Set.of("employer-platform:nosemplois");
        int events = 60;
        for (int i = 0; i < events; i++) {
            probe.publish(UUID.randomUUID(), readers);
        }
        receiver.await(mine.path(), all -> all.size() >= events, WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("select count(*) from webhook_delivery where subscription_id = '" + mine.id() + "' and status = 'PENDING'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(events, receiver.received(mine.path()).size(), "each event sent once");
        assertEquals(events, count("select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                + " where d.subscription_id = '" + mine.id() + "' and a.status_code = 200 and a.error is null"),
                "each attempt logged with the receiver's 200");
        assertEquals(0, count("select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                + " where d.subscription_id = '" + mine.id() + "' and a.status_code is null"), "no answered attempt logged as unanswered");
    }

    @Test
    void aRolledBackChangeSendsNothingAndACommittedOneIsSentOnlyAfterItsCommit() throws Exception {
        Subscription mine = subscribe(Tokens.employerPlatform(), "/platform/commit", "INTENTION_WITHDRAWN");
        Set<String> readers = Set.of("employer-platform:nosemplois");

        UUID rolledBack = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> probe.publishThenFail(rolledBack, readers));

        UUID committed = UUID.randomUUID();
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> change = CompletableFuture.runAsync(() -> {
            try {
                probe.publishAndWait(committed, readers, published, commit);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(published.await(10, TimeUnit.SECONDS));
        Thread.sleep(1_500); // seven poll intervals with the delivery written but not committed
        assertEquals(List.of(), receiver.received(mine.path()), "nothing is sent before the commit");
        commit.countDown();
        change.get(10, TimeUnit.SECONDS);

        List<WebhookReceiver.Received> received = awaitAbout(mine.path(), committed.toString(), 1);
        assertEquals(1, received.size());
        assertEquals(List.of(), about(mine.path(), rolledBack.toString()), "the rolled-back change was never sent");
        assertEquals(0, count("select count(*) from webhook_event where subject_id = '" + rolledBack + "'"));
        assertEquals(1, count("select count(*) from webhook_event where subject_id = '" + committed + "'"));
    }

    @Test
    void anEventAboutAnotherOrganisationsObjectIsNeverDelivered() throws Exception {
        String otherPlatform = Tokens.client("other-platform", "employer-platform", Map.of());
        String otherBody = Tokens.trainingBody(Workflow.OTHER_MANDATAIRE);
        String[] types = { "INTENTION_ELIGIBILITY_DECIDED", "INTENTION_WITHDRAWN" };
        Subscription mine = subscribe(Tokens.employerPlatform(), "/scope/mine", types);
        Subscription named = subscribe(Tokens.trainingBody(Workflow.MANDATAIRE), "/scope/named-body", types);
        Subscription region = subscribe(Tokens.regionOfficer(), "/scope/region", types);
        Subscription theirs = subscribe(otherPlatform, "/scope/other-platform", types);
        Subscription stranger = subscribe(otherBody, "/scope/other-body", types);

        String intention = platformIntention();
        Workflow.withdrawIntention(Tokens.employerPlatform(), intention, "Projet abandonné").statusCode(200);

        assertEquals(2, awaitAbout(mine.path(), intention, 2).size());
        assertEquals(2, awaitAbout(named.path(), intention, 2).size());
        assertEquals(2, awaitAbout(region.path(), intention, 2).size());
        // the deliveries of an event are written together, in the change's transaction: had the others any, they would exist now
        for (Object[] other : new Object[][] { { otherPlatform, theirs }, { otherBody, stranger } }) {
            Subscription subscription = (Subscription) other[1];
            given().auth().oauth2((String) other[0]).get(WEBHOOKS + "/{id}/deliveries", subscription.id()).then().statusCode(200)
                    .body("items", hasSize(0));
            assertEquals(List.of(), receiver.received(subscription.path()));
        }
        // nor can they read or replay another's subscription and log
        given().auth().oauth2(otherPlatform).get(WEBHOOKS + "/{id}", mine.id()).then().statusCode(404);
        given().auth().oauth2(otherPlatform).get(WEBHOOKS + "/{id}/deliveries", mine.id()).then().statusCode(404);
        given().auth().oauth2(otherPlatform).delete(WEBHOOKS + "/{id}", mine.id()).then().statusCode(404);
        given().auth().oauth2(Tokens.employerPlatform()).get(WEBHOOKS + "/{id}", mine.id()).then().statusCode(200)
                .body("secret", nullValue()).body("url", equalTo(receiver.url(mine.path())));
    }

    /** Issue #19 (3): the Region's decision on a new calendar is told to those who read the request (§6). */
    @Test
    void aNewCalendarDecidedIsTold() throws Exception {
        String body = Tokens.trainingBody(Workflow.MANDATAIRE);
        String region = Tokens.regionOfficer();
        Subscription mine = subscribe(body, "/calendar/body", "SESSION_REQUEST_CALENDAR_DECIDED");
        String request = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(Workflow.lot(), Workflow.intentions(Workflow.MANDATAIRE, 5), 5));
        Workflow.toReview(Workflow.MANDATAIRE, request);
        Workflow.step(region, request, "authorise", "OK").statusCode(200);
        given().auth().oauth2(body).header("If-Match", Workflow.etag(body, Workflow.REQUESTS + "/" + request)).contentType(ContentType.JSON)
                .body("{\"start_date\":\"2027-04-05\",\"end_date\":\"2027-10-29\",\"employers_agreed\":true}")
                .post(Workflow.REQUESTS + "/{id}/calendar", request).then().statusCode(200);
        given().auth().oauth2(region).header("If-Match", Workflow.etag(region, Workflow.REQUESTS + "/" + request)).contentType(ContentType.JSON)
                .body("{}").post(Workflow.REQUESTS + "/{id}/calendar/accept", request).then().statusCode(200);

        JsonNode event = body(awaitAbout(mine.path(), request, 1).get(0));
        assertEquals("SESSION_REQUEST_CALENDAR_DECIDED", event.path("type").asText());
        assertTrue(event.path("data").path("accepted").asBoolean());
        assertEquals("2027-04-05", event.path("data").path("start_date").asText());
        assertEquals("2027-10-29", event.path("data").path("end_date").asText());
    }

    /** Issue #19 (2): a withdrawal the Region analyses, and its decision, reach the body that runs the session. */
    @Test
    void aReviewOpenedAndDecidedIsTold() throws Exception {
        String body = Tokens.trainingBody(Workflow.MANDATAIRE);
        String region = Tokens.regionOfficer();
        Subscription mine = subscribe(body, "/review/body", "SESSION_REVIEW_OPENED", "SESSION_REVIEW_DECIDED");
        List<String> intentions = Workflow.intentions(Workflow.MANDATAIRE, 5);
        String request = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(Workflow.lot(), intentions, 5));
        Workflow.toReview(Workflow.MANDATAIRE, request);
        Workflow.step(region, request, "authorise", "OK").statusCode(200);
        Workflow.withdrawIntention(body, intentions.get(0), "Désistement").statusCode(200);
        String review = given().auth().oauth2(region).get(Workflow.REQUESTS + "/{id}/reviews", request).then().extract().path("items[0].id");
        given().auth().oauth2(region).contentType(ContentType.JSON).body("{\"decision\":\"REDUCE_PLACES\",\"reason\":\"Réduite\"}")
                .post(Workflow.REQUESTS + "/{id}/reviews/{review}/decision", request, review).then().statusCode(200);

        List<JsonNode> events = new java.util.ArrayList<>();
        for (var delivery : awaitAbout(mine.path(), request, 2)) {
            events.add(body(delivery));
        }
        assertEquals(List.of("SESSION_REVIEW_OPENED", "SESSION_REVIEW_DECIDED"), events.stream().map(e -> e.path("type").asText()).toList());
        assertEquals("WITHDRAWAL", events.get(0).path("data").path("kind").asText());
        assertEquals(review, events.get(1).path("data").path("review_id").asText());
        assertEquals("REDUCE_PLACES", events.get(1).path("data").path("decision").asText());
        assertEquals(5, events.get(1).path("data").path("places_before").asInt());
        assertEquals(4, events.get(1).path("data").path("places_after").asInt());
    }

    /** Issue #17 (4): a derogation that lapses is told to those who read its subject, with no personal data. */
    @Test
    @SuppressWarnings("unchecked")
    void aLapsedDerogationIsTold() throws Exception {
        Subscription mine = subscribe(Tokens.employerPlatform(), "/lapse/platform", "INTENTION_DEROGATION_LAPSED");
        String employer = Sirets.random();
        String intention = Workflow.intention(Tokens.employerPlatform(), Workflow.MANDATAIRE, 1, 4, employer);
        String derogation = given().auth().oauth2(Tokens.trainingBody(Workflow.MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("subject_type", "HIRING_INTENTION", "subject_id", intention, "rule", "CONTRACT_TYPE",
                        "justification", "Saisonnier")))
                .post("/api/v1/derogations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"reason\":\"OK\"}")
                .post("/api/v1/derogations/{id}/grant", derogation).then().statusCode(200);
        Map<String, Object> corrected = given().auth().oauth2(Tokens.employerPlatform()).get("/api/v1/hiring-intentions/{id}", intention)
                .then().extract().jsonPath().getMap("$");
        corrected.keySet().retainAll(List.of("external_id", "employer", "job", "positions", "contract", "target",
                "employer_involvement", "proof", "training_body_siret"));
        ((Map<String, Object>) corrected.get("contract")).put("duration_months", 2);
        given().auth().oauth2(Tokens.employerPlatform()).contentType(ContentType.JSON)
                .header("If-Match", Workflow.etag(Tokens.employerPlatform(), "/api/v1/hiring-intentions/" + intention))
                .body(Workflow.json(corrected)).put("/api/v1/hiring-intentions/{id}", intention).then().statusCode(200);

        JsonNode event = body(awaitAbout(mine.path(), intention, 1).get(0));
        assertEquals("INTENTION_DEROGATION_LAPSED", event.path("type").asText());
        assertEquals(derogation, event.path("data").path("derogation_id").asText());
        assertEquals("CONTRACT_TYPE", event.path("data").path("rule").asText());
        assertFalse(event.toString().contains(employer), "no employer data in the event");
    }

    /** Issue #17 (1): the body a candidate is referred to is told, with ids only; another body is told nothing. */
    @Test
    void aReferralIsToldToTheBodyReferredTo() throws Exception {
        Workflow.lot(); // the market's training bodies: the mandataire referred to
        Subscription referred = subscribe(Tokens.trainingBody(Workflow.MANDATAIRE), "/referral/body", "CANDIDATE_REFERRED");
        Subscription stranger = subscribe(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE), "/referral/stranger", "CANDIDATE_REFERRED");
        String identifier = String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000)) + "R";
        String candidate = given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", "Zoé", "last_name", "Referrée",
                        "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.validator()).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        String referral = given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON)
                .body("{\"training_body_siret\":\"" + Workflow.MANDATAIRE + "\"}")
                .post("/api/v1/candidates/{id}/referrals", candidate).then().statusCode(201).extract().path("id");

        WebhookReceiver.Received received = awaitAbout(referred.path(), candidate, 1).get(0);
        JsonNode event = body(received);
        assertEquals("CANDIDATE_REFERRED", event.path("type").asText());
        assertEquals("/api/v1/candidates/" + candidate, event.path("subject").path("href").asText());
        assertEquals(referral, event.path("data").path("referral_id").asText());
        assertFalse(received.body().contains(identifier) || received.body().contains("Zoé") || received.body().contains("Referrée"));
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get(WEBHOOKS + "/{id}/deliveries", stranger.id()).then()
                .statusCode(200).body("items", hasSize(0));
    }

    /** Issue #19 (8): a corrected situation reaches the organisations following the candidate, statuses only. */
    @Test
    void aCorrectedSituationIsToldToTheCandidatesFollowersWithoutIt() throws Exception {
        String follower = Tokens.client("mission-locale-laval", "validator", Map.of("org_id", "mission-locale-laval"));
        String outsider = Tokens.client("cap-emploi-53", "validator", Map.of("org_id", "cap-emploi-53"));
        Subscription told = subscribe(follower, "/situation/follower", "CANDIDATE_SITUATION_CORRECTED");
        Subscription stranger = subscribe(outsider, "/situation/stranger", "CANDIDATE_SITUATION_CORRECTED");
        String identifier = String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000)) + "S";
        Map<String, Object> person = Map.of("france_travail_id", identifier, "first_name", "Zoé", "last_name", "Siae",
                "department", "53", "situation", "SIAE_EMPLOYEE", "business_creation_project", false);
        String candidate = given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON).body(Workflow.json(person))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.validator()).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        given().auth().oauth2(follower).contentType(ContentType.JSON).body(Workflow.json(person)).post("/api/v1/candidates").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON).body("{\"situation\":\"SIAE_EMPLOYEE_CONTRACT_ENDED\"}")
                .post("/api/v1/candidates/{id}/situation", candidate).then().statusCode(200);

        WebhookReceiver.Received received = awaitAbout(told.path(), candidate, 1).get(0);
        JsonNode event = body(received);
        assertEquals("CANDIDATE_SITUATION_CORRECTED", event.path("type").asText());
        assertEquals("REFUSED", event.path("data").path("from_status").asText());
        assertEquals("VALIDATED", event.path("data").path("status").asText());
        assertFalse(received.body().contains("SIAE") || received.body().contains(identifier) || received.body().contains("Zoé"));
        given().auth().oauth2(outsider).get(WEBHOOKS + "/{id}/deliveries", stranger.id()).then().statusCode(200).body("items", hasSize(0));
    }

    @Inject
    SecretSealer sealer;

    @Inject
    SecretBox box;

    /**
     * Issue #17 (7): secrets stored in clear (before the deployment had a key) or sealed before they were bound to their
     * subscription are sealed again, bound, at start-up; deliveries still verify with the secret the partner holds; a
     * sealed value copied onto another subscription does not open, so that subscription's deliveries are not signed.
     */
    @Test
    void secretsInClearAreSealedAndBoundToTheirSubscriptionAtStartUp() throws Exception {
        receiver.answer("/seal/clear", 200);
        Subscription clear = subscribe(Tokens.employerPlatform(), "/seal/clear", "INTENTION_ELIGIBILITY_DECIDED");
        Subscription other = subscribe(Tokens.employerPlatform(), "/seal/other", "INTENTION_ELIGIBILITY_DECIDED");
        try (var connection = dataSource.getConnection()) {
            var update = connection.prepareStatement("update webhook_subscription set secret = ? where id = ?::uuid");
            update.setString(1, clear.secret()); // as a deployment without a key stored it
            update.setString(2, clear.id());
            update.executeUpdate();
        }
        assertTrue(sealer.sealAll() >= 1);
        String sealed;
        try (var connection = dataSource.getConnection(); var result = connection.createStatement()
                .executeQuery("select secret from webhook_subscription where id = '" + clear.id() + "'")) {
            result.next();
            sealed = result.getString(1);
        }
        assertTrue(sealed.startsWith("aesgcm2:") && !sealed.contains(clear.secret().substring(6)), sealed);
        assertEquals(clear.secret(), box.open(sealed, UUID.fromString(clear.id())));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, UUID.fromString(other.id())), "bound to its subscription");
        assertEquals(0, sealer.sealAll(), "a second start seals nothing again");

        String intention = platformIntention();
        WebhookReceiver.Received received = awaitAbout(clear.path(), intention, 1).get(0);
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(clear.secret(), received.id(), received.timestamp(),
                received.signature(), received.body(), Instant.now()));
    }

    @Inject
    Dispatcher dispatcher;

    /**
     * Issue #17 (8): the receiver's name was resolved twice (once to check it, once to connect), so a DNS answer that
     * changed in between could send a delivery inside the network. It is resolved once and the connection goes to the
     * address checked: here to a name no DNS knows (.invalid), which only the dispatcher's resolution gives an address.
     */
    @Test
    void aDeliveryConnectsToTheAddressCheckedWithoutResolvingTheNameAgain() throws Exception {
        java.util.concurrent.atomic.AtomicInteger resolutions = new java.util.concurrent.atomic.AtomicInteger();
        dispatcher.resolveWith(host -> {
            if (host.equals("receiver.invalid")) {
                resolutions.incrementAndGet();
                return new java.net.InetAddress[] { java.net.InetAddress.getByName("127.0.0.1") };
            }
            return java.net.InetAddress.getAllByName(host);
        });
        try {
            String token = Tokens.employerPlatform();
            String url = "http://receiver.invalid:" + receiver.port() + "/pinned";
            String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Workflow.json(Map.of("url", url, "event_types", List.of("INTENTION_ELIGIBILITY_DECIDED"))))
                    .post(WEBHOOKS).then().statusCode(201).extract().path("id");
            subscribed.add(new String[] { token, id });
            String intention = platformIntention();
            WebhookReceiver.Received received = awaitAbout("/pinned", intention, 1).get(0);
            assertEquals("receiver.invalid:" + receiver.port(), received.host(), "the name stays the Host");
            assertEquals(1, resolutions.get(), "one resolution for one delivery");
        } finally {
            dispatcher.resolveWith(null);
        }
    }

    @Test
    void eventsOfOneObjectArriveInOrderWhileTheFirstIsRetried() throws Exception {
        receiver.answer("/order/platform", 500, 500);
        Subscription mine = subscribe(Tokens.employerPlatform(), "/order/platform", "INTENTION_ELIGIBILITY_DECIDED",
                "INTENTION_WITHDRAWN");
        String intention = platformIntention();
        Workflow.withdrawIntention(Tokens.employerPlatform(), intention, "Projet abandonné").statusCode(200);

        List<WebhookReceiver.Received> received = awaitAbout(mine.path(), intention, 4);
        List<String> sequence = new ArrayList<>();
        for (WebhookReceiver.Received r : received) {
            sequence.add(body(r).path("type").asText() + " " + r.answered());
        }
        assertEquals(List.of("INTENTION_ELIGIBILITY_DECIDED 500", "INTENTION_ELIGIBILITY_DECIDED 500",
                "INTENTION_ELIGIBILITY_DECIDED 200", "INTENTION_WITHDRAWN 200"), sequence);
    }

    @Test
    void aFailedDeliveryCanBeReplayedWithTheSameEventId() throws Exception {
        receiver.answer("/replay/platform", 500, 500, 500, 500);
        Subscription mine = subscribe(Tokens.employerPlatform(), "/replay/platform", "INTENTION_ELIGIBILITY_DECIDED");
        String intention = platformIntention();
        awaitAbout(mine.path(), intention, 4);
        JsonNode failed = delivery(Tokens.employerPlatform(), mine, "FAILED");
        assertEquals("FAILED", failed.path("status").asText(), "given up after the 4 attempts of the test profile");
        assertEquals(4, failed.path("attempts").asInt());
        given().auth().oauth2(Tokens.employerPlatform()).get(WEBHOOKS + "/{id}", mine.id()).then().body("failed", equalTo(1));

        given().auth().oauth2(Tokens.employerPlatform())
                .post(WEBHOOKS + "/{id}/deliveries/{delivery_id}/replay", mine.id(), failed.path("id").asText())
                .then().statusCode(202).body("status", equalTo("PENDING"));
        List<WebhookReceiver.Received> received = awaitAbout(mine.path(), intention, 5);
        assertEquals(200, received.get(4).answered());
        assertEquals(received.get(0).id(), received.get(4).id());
        assertEquals("DELIVERED", delivery(Tokens.employerPlatform(), mine, "DELIVERED").path("status").asText());
    }

    @Test
    void theMandataireIsToldWhenACoTraitantSubmits() throws Exception {
        Subscription mandataire = subscribe(Tokens.trainingBody(Workflow.MANDATAIRE), "/session/mandataire", "COTRAITANT_SUBMITTED");
        Subscription cotraitant = subscribe(Tokens.trainingBody(Workflow.COTRAITANT), "/session/cotraitant", "COTRAITANT_SUBMITTED",
                "SESSION_REQUEST_SUBMITTED");
        Subscription stranger = subscribe(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE), "/session/stranger", "COTRAITANT_SUBMITTED",
                "SESSION_REQUEST_SUBMITTED");
        String lot = Workflow.lot();
        String request = Workflow.draft(Workflow.COTRAITANT, Workflow.request(lot, Workflow.intentions(Workflow.COTRAITANT, 5), 5));
        Workflow.step(Tokens.trainingBody(Workflow.COTRAITANT), request, "submit", null).statusCode(200);

        JsonNode told = body(awaitAbout(mandataire.path(), request, 1).get(0));
        assertEquals("COTRAITANT_SUBMITTED", told.path("type").asText());
        assertEquals(Workflow.COTRAITANT, told.path("data").path("submitter_siret").asText());
        assertEquals(lot, told.path("data").path("lot_code").asText());
        assertEquals("SESSION_REQUEST_SUBMITTED", body(awaitAbout(cotraitant.path(), request, 1).get(0)).path("type").asText());
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get(WEBHOOKS + "/{id}/deliveries", stranger.id())
                .then().statusCode(200).body("items", hasSize(0));
        assertEquals(1, about(cotraitant.path(), request).size(), "the co-traitant is not told about its own submission twice");
    }

    @Test
    void aRotatedSecretSignsBesideThePreviousOneForADay() throws Exception {
        Subscription mine = subscribe(Tokens.employerPlatform(), "/rotation/platform", "INTENTION_ELIGIBILITY_DECIDED");
        given().auth().oauth2(Tokens.client("other-platform", "employer-platform", Map.of()))
                .post(WEBHOOKS + "/{id}/secret", mine.id()).then().statusCode(404);
        JsonNode rotated = JSON.readTree(given().auth().oauth2(Tokens.employerPlatform()).post(WEBHOOKS + "/{id}/secret", mine.id())
                .then().statusCode(200).extract().asString());
        String secret = rotated.path("secret").asText();
        assertTrue(secret.startsWith("whsec_") && !secret.equals(mine.secret()), rotated.toString());
        Duration overlap = Duration.between(Instant.now(), java.time.OffsetDateTime.parse(
                rotated.path("previous_secret_valid_until").asText()).toInstant());
        assertTrue(overlap.compareTo(Duration.ofHours(23)) > 0 && overlap.compareTo(Duration.ofHours(25)) < 0, overlap.toString());

        String during = platformIntention();
        WebhookReceiver.Received signedTwice = awaitAbout(mine.path(), during, 1).get(0);
        assertEquals(2, signedTwice.signature().split(" ").length, signedTwice.signature());
        for (String key : List.of(secret, mine.secret())) {
            assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(key, signedTwice.id(), signedTwice.timestamp(),
                    signedTwice.signature(), signedTwice.body(), Instant.now()));
        }

        execute("update webhook_subscription set previous_secret_until = now() - interval '1 second' where id = '" + mine.id() + "'");
        String after = platformIntention();
        WebhookReceiver.Received signedOnce = awaitAbout(mine.path(), after, 1).get(0);
        assertEquals(1, signedOnce.signature().split(" ").length, signedOnce.signature());
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(secret, signedOnce.id(), signedOnce.timestamp(),
                signedOnce.signature(), signedOnce.body(), Instant.now()));
        assertEquals(WebhookSignature.Verdict.BAD_SIGNATURE, WebhookSignature.verify(mine.secret(), signedOnce.id(),
                signedOnce.timestamp(), signedOnce.signature(), signedOnce.body(), Instant.now()));
        given().auth().oauth2(Tokens.employerPlatform()).get(WEBHOOKS + "/{id}", mine.id()).then().statusCode(200)
                .body("secret", nullValue()).body("previous_secret_valid_until", nullValue());
    }

    @Test
    void theLogForgetsFinishedDeliveriesAfterTheRetention() throws Exception {
        Subscription mine = subscribe(Tokens.employerPlatform(), "/retention/platform", "INTENTION_ELIGIBILITY_DECIDED");
        String older = platformIntention();
        awaitAbout(mine.path(), older, 1);
        delivery(Tokens.employerPlatform(), mine, "DELIVERED");
        Thread.sleep(20);
        java.time.OffsetDateTime cutoff = java.time.OffsetDateTime.now();
        Thread.sleep(20);
        String newer = platformIntention();
        awaitAbout(mine.path(), newer, 1);
        delivery(Tokens.employerPlatform(), mine, "DELIVERED");

        assertTrue(store.purge(cutoff) >= 1);
        JsonNode log = JSON.readTree(given().auth().oauth2(Tokens.employerPlatform()).get(WEBHOOKS + "/{id}/deliveries", mine.id())
                .then().statusCode(200).extract().asString());
        assertEquals(1, log.path("items").size(), log.toString());
        assertEquals(newer, log.path("items").path(0).path("event").path("subject").path("id").asText());
        assertEquals(0, count("select count(*) from webhook_event where subject_id = '" + older + "'"));
    }

    @Test
    void subscriptionsAreCheckedAndOnePerUrl() {
        String token = Tokens.employerPlatform();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"ftp://partner.example/hooks\",\"event_types\":[\"INTENTION_COVERED\"]}")
                .post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("url"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url("/x") + "\",\"event_types\":[\"NOT_AN_EVENT\"]}")
                .post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"url\":\"" + receiver.url("/x") + "\",\"event_types\":[]}")
                .post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json");
        Subscription first = subscribe(token, "/unique", "INTENTION_COVERED");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url("/unique") + "\",\"event_types\":[\"INTENTION_FULFILLED\"]}")
                .post(WEBHOOKS).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already subscribed"));
        given().auth().oauth2(token).get(WEBHOOKS).then().statusCode(200)
                .body("find { it.id == '" + first.id() + "' }.event_types", equalTo(List.of("INTENTION_COVERED")))
                .body("find { it.id == '" + first.id() + "' }.secret", nullValue());
        given().auth().oauth2(Tokens.publisher()).get(WEBHOOKS).then().statusCode(403);
        given().get(WEBHOOKS).then().statusCode(401);
        given().auth().oauth2(token).delete(WEBHOOKS + "/{id}", first.id()).then().statusCode(204);
        subscribed.clear();
        given().auth().oauth2(token).get(WEBHOOKS + "/{id}", first.id()).then().statusCode(404);
    }

    void execute(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

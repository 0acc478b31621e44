package fr.paysdelaloire.emploiformation.publication;

import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.LheoSchema;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class PublicationTest {

    static final String FEED = "/api/v1/publication/sessions";
    static final String XML = "/api/v1/publication/sessions.xml";
    static final String SNAPSHOT = "/api/v1/publication/sessions/snapshot";

    /**
     * Sessions that change while a consumer reads (the campaigns): six under review to be authorised, four authorised
     * to be cancelled, in turns.
     */
    record Churn(List<String> drafts, List<String> early) {

        static Churn prepare() {
            String lot = Workflow.lot();
            List<String> drafts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String id = draft(lot, Sirets.random());
                Workflow.toReview(MANDATAIRE, id);
                drafts.add(id);
            }
            List<String> early = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                early.add(authorised(lot, Sirets.random()));
            }
            return new Churn(drafts, early);
        }

        void run() {
            for (int i = 0; i < drafts.size(); i++) {
                Workflow.step(Tokens.regionOfficer(), drafts.get(i), "authorise", "OK").statusCode(200);
                if (i < early.size()) {
                    Workflow.step(Tokens.trainingBody(MANDATAIRE), early.get(i), "cancel", null).statusCode(200);
                }
            }
        }

        Set<String> sessions() {
            Set<String> all = new HashSet<>(drafts);
            all.addAll(early);
            return all;
        }
    }

    /** A snapshot into id → present; its next_cursor. */
    static String snapshot(Map<String, Boolean> state) {
        JsonPath all = given().auth().oauth2(Tokens.publisher()).get(SNAPSHOT).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals(List.of(), all.getList("tombstones"));
        assertFalse(all.getBoolean("has_more"));
        all.getList("items.id", String.class).forEach(id -> state.put(id, true));
        return all.getString("next_cursor");
    }

    /** A session of a fresh lot answering five intentions (the first from {@code employer}), drafted. */
    static String draft(String lot, String employer) {
        List<String> intentions = new ArrayList<>();
        intentions.add(Workflow.intention(MANDATAIRE, 1, null, employer));
        intentions.addAll(Workflow.intentions(MANDATAIRE, 4));
        return Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, 5));
    }

    static String authorised(String lot, String employer) {
        String id = draft(lot, employer);
        Workflow.toReview(MANDATAIRE, id);
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(200);
        return id;
    }

    static String socle(String lot) {
        Map<String, Object> socle = Workflow.request(lot, List.of(), 8);
        socle.put("kind", "SOCLE");
        return Workflow.create(Tokens.regionOfficer(), socle).statusCode(201).extract().path("id");
    }

    static JsonPath feed(String cursor) {
        var request = given().auth().oauth2(Tokens.publisher()).queryParam("limit", 500);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(FEED).then().statusCode(200).extract().jsonPath();
    }

    /** Pages through the feed from the start, like a consumer, into id → present. */
    static String syncAll(Map<String, Boolean> state, String cursor, int limit) {
        while (true) {
            var request = given().auth().oauth2(Tokens.publisher()).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            page.getList("items.id", String.class).forEach(id -> state.put(id, true));
            page.getList("tombstones.id", String.class).forEach(id -> state.put(id, false));
            cursor = page.getString("next_cursor");
            if (!page.getBoolean("has_more")) {
                return cursor;
            }
        }
    }

    @Test
    void onlyAuthorisedStartedAndSocleSessionsArePublishedAndCancellationsComeBackAsTombstones() {
        String lot = Workflow.lot();
        String employer = Sirets.random();
        String authorised = authorised(lot, employer);
        String started = authorised(lot, Sirets.random());
        Workflow.step(Tokens.trainingBody(MANDATAIRE), started, "start", null).statusCode(200);
        String socle = socle(lot);
        String underReview = draft(lot, Sirets.random());
        Workflow.toReview(MANDATAIRE, underReview);
        String draft = draft(lot, Sirets.random());

        JsonPath first = feed(null);
        List<String> live = first.getList("items.id", String.class);
        assertTrue(live.containsAll(List.of(authorised, started, socle)), live.toString());
        assertFalse(live.contains(underReview));
        assertFalse(live.contains(draft));
        Map<String, Object> item = first.getMap("items.find { it.id == '" + authorised + "' }");
        assertEquals(lot, item.get("lot_code"));
        assertEquals("AUTHORISED", item.get("status"));
        assertEquals(5, item.get("places_left"));
        assertEquals(List.of("F1703"), item.get("rome_codes"));
        assertEquals(5, item.get("hiring_intentions"));
        assertEquals(true, item.get("recruitment_open"));
        assertEquals(MANDATAIRE, ((Map<?, ?>) item.get("training_body")).get("siret"));

        String cursor = first.getString("next_cursor");
        Workflow.step(Tokens.trainingBody(MANDATAIRE), authorised, "cancel", null).statusCode(200);
        JsonPath delta = feed(cursor);
        assertEquals(List.of(authorised), delta.getList("tombstones.id", String.class));
        assertFalse(delta.getList("items.id", String.class).contains(authorised));
        assertFalse(feed(null).getList("items.id", String.class).contains(authorised));
        // under instruction, never; then authorised, it appears after the cursor
        Workflow.step(Tokens.regionOfficer(), underReview, "authorise", "OK").statusCode(200);
        assertTrue(feed(delta.getString("next_cursor")).getList("items.id", String.class).contains(underReview));
    }

    /**
     * Issue #22 (P2): a first full sync in one response. The snapshot holds exactly the feed's live sessions, each
     * once, as the feed shows them; its cursor leads the delta pull on to what changed after it; ETag as the feed's.
     */
    @Test
    void aSnapshotIsTheLiveSetInOneResponseAndItsCursorLeadsOnToWhatChanged() {
        String lot = Workflow.lot();
        String kept = authorised(lot, Sirets.random());
        String cancelled = authorised(lot, Sirets.random());
        String later = draft(lot, Sirets.random());
        Workflow.toReview(MANDATAIRE, later);
        var response = given().auth().oauth2(Tokens.validator()).get(SNAPSHOT).then().statusCode(200).extract();
        JsonPath all = response.jsonPath();
        List<String> ids = all.getList("items.id", String.class);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "each session once");
        JsonPath page = given().auth().oauth2(Tokens.publisher()).queryParam("limit", 2000).get(FEED).then().statusCode(200)
                .extract().jsonPath();
        assertFalse(page.getBoolean("has_more"), "the test database holds fewer than 2 000 live sessions");
        assertEquals(page.getList("items"), all.getList("items"), "the feed's live sessions, as it shows them, in its order");
        assertTrue(ids.containsAll(List.of(kept, cancelled)));
        assertFalse(ids.contains(later));
        String etag = response.header("ETag");
        given().auth().oauth2(Tokens.publisher()).header("If-None-Match", etag).get(SNAPSHOT).then().statusCode(304);

        Workflow.step(Tokens.trainingBody(MANDATAIRE), cancelled, "cancel", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), later, "authorise", "OK").statusCode(200);
        JsonPath delta = feed(all.getString("next_cursor"));
        assertEquals(List.of(cancelled), delta.getList("tombstones.id", String.class));
        assertEquals(List.of(later), delta.getList("items.id", String.class));
        given().auth().oauth2(Tokens.publisher()).header("If-None-Match", etag).get(SNAPSHOT).then().statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(SNAPSHOT).then().statusCode(403);
        given().get(SNAPSHOT).then().statusCode(401);
    }

    /** Issue #22 (P2): a snapshot taken while sessions change, then the delta pull from its cursor: the exact publishable set. */
    @Tag(Lanes.CAMPAIGN)
    @Test
    void aSnapshotTakenWhileSessionsChangeThenTheDeltaEndsWithExactlyThePublishableSet() throws Exception {
        Churn churn = Churn.prepare();
        List<Map<String, Boolean>> consumers = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<?> changes = pool.submit(churn::run);
            while (!changes.isDone()) { // a new consumer starts with a snapshot at every turn
                Map<String, Boolean> state = new HashMap<>();
                cursors.add(snapshot(state));
                consumers.add(state);
            }
            changes.get();
        } finally {
            pool.shutdownNow();
        }
        Set<String> mine = churn.sessions();
        Set<String> truth = new HashSet<>(feed(null).getList("items.id", String.class));
        truth.retainAll(mine);
        assertEquals(new HashSet<>(churn.drafts()), truth);
        for (int c = 0; c < consumers.size(); c++) {
            Map<String, Boolean> state = consumers.get(c);
            syncAll(state, cursors.get(c), 2);
            Set<String> view = new HashSet<>();
            state.forEach((id, present) -> {
                if (present && mine.contains(id)) {
                    view.add(id);
                }
            });
            assertEquals(truth, view, "consumer " + c + " of " + consumers.size());
        }
    }

    @Test
    void nothingChangedIs304() {
        authorised(Workflow.lot(), Sirets.random());
        var response = given().auth().oauth2(Tokens.publisher()).get(FEED).then().statusCode(200).extract();
        String etag = response.header("ETag");
        given().auth().oauth2(Tokens.publisher()).header("If-None-Match", etag).get(FEED).then().statusCode(304);
        authorised(Workflow.lot(), Sirets.random());
        given().auth().oauth2(Tokens.publisher()).header("If-None-Match", etag).get(FEED).then().statusCode(200);
    }

    @Test
    void searchByRecruiter() {
        String employer = Sirets.random();
        String theirs = authorised(Workflow.lot(), employer);
        String other = authorised(Workflow.lot(), Sirets.random());
        for (String token : List.of(Tokens.publisher(), Tokens.validator())) {
            given().auth().oauth2(token).queryParam("employer_siret", employer).get(FEED).then().statusCode(200)
                    .body("items.id", equalTo(List.of(theirs)))
                    .body("items.id", not(hasItem(other)));
        }
        given().auth().oauth2(Tokens.publisher()).queryParam("employer_siret", "123").get(FEED).then().statusCode(400);
        given().auth().oauth2(Tokens.publisher()).queryParam("cursor", "not-ours").get(FEED).then().statusCode(400);
        given().auth().oauth2(Tokens.employerPlatform()).get(FEED).then().statusCode(403);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(XML).then().statusCode(403);
        given().get(FEED).then().statusCode(401);
    }

    /** Issue #17 (8): the search by recruiter takes the employer's SIRET in a POST body, never in a URL. */
    @Test
    void searchByRecruiterWithTheSiretInTheBody() throws Exception {
        String employer = Sirets.random();
        String theirs = authorised(Workflow.lot(), employer);
        authorised(Workflow.lot(), Sirets.random());
        String search = "{\"employer_siret\":\"" + employer + "\"}";
        for (String token : List.of(Tokens.publisher(), Tokens.validator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(search).post(FEED + "/search").then().statusCode(200)
                    .body("items.id", equalTo(List.of(theirs)));
        }
        String xml = new String(given().auth().oauth2(Tokens.publisher()).contentType(ContentType.JSON).accept("application/xml")
                .body(search).post(FEED + "/search").then().statusCode(200).contentType("application/xml").extract().asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        LheoSchema.validate(xml);
        assertTrue(xml.contains("numero=\"" + theirs + "\""));
        assertEquals(1, xml.split("<formation ").length - 1, "that employer's session only");
        given().auth().oauth2(Tokens.publisher()).contentType(ContentType.JSON).body("{\"employer_siret\":\"123\"}")
                .post(FEED + "/search").then().statusCode(400).body("violations.field", hasItem("employer_siret"));
        given().auth().oauth2(Tokens.employerPlatform()).contentType(ContentType.JSON).body(search).post(FEED + "/search").then()
                .statusCode(403);
    }

    @Tag(Lanes.CAMPAIGN)
    @Test
    void aCursorPagingWhileSessionsChangeEndsWithExactlyThePublishableSet() throws Exception {
        Churn churn = Churn.prepare();
        Map<String, Boolean> state = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        String cursor;
        try {
            Future<?> changes = pool.submit(churn::run);
            cursor = null;
            while (!changes.isDone()) {
                cursor = syncAll(state, cursor, 2);
            }
            changes.get();
        } finally {
            pool.shutdownNow();
        }
        syncAll(state, cursor, 2);
        Set<String> mine = churn.sessions();
        Set<String> consumerView = new HashSet<>();
        state.forEach((id, present) -> {
            if (present && mine.contains(id)) {
                consumerView.add(id);
            }
        });
        Set<String> truth = new HashSet<>(feed(null).getList("items.id", String.class));
        truth.retainAll(mine);
        assertEquals(new HashSet<>(churn.drafts()), truth);
        assertEquals(truth, consumerView);
    }

    /**
     * Issue #17 (3): a control character in one title, or a title cut inside a surrogate pair, made the whole export
     * unparseable. Characters XML 1.0 does not allow are refused at input, naming the field; what it allows (markup
     * characters, {@code ]]>}, right-to-left marks, tabs, emoji where the export cuts) goes through and the export
     * stays valid against the LHEO 2.3 schema, cut on code-point boundaries.
     */
    @Test
    void hostileTextIsRefusedAtInputOrCarriedWholeAndTheExportStaysValid() throws Exception {
        String emoji = "\uD83D\uDE00";
        String body = Sirets.random();
        Map<String, Object> lot = new HashMap<>();
        lot.put("label", "Lot & <test> ]]>");
        lot.put("sector", "CONSTRUCTION");
        lot.put("departments", List.of("44"));
        lot.put("price_per_trainee_hour", 14.5);
        lot.put("minimum_order_hours", 1000);
        lot.put("mandataire_siret", body);
        // LHEO's <nom> takes 50 characters: the emoji straddles the 50th UTF-16 unit
        lot.put("mandataire_name", "N".repeat(49) + emoji + " Formation & Cie <SAS> ]]>");
        lot.put("mandataire_nda", "52440123444");
        String lotCode = "H-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(Workflow.json(lot))
                .put("/api/v1/lots/{code}", lotCode).then().statusCode(201);
        Map<String, Object> request = Workflow.request(lotCode, Workflow.intentions(body, 5), 5);
        String token = Tokens.trainingBody(body);

        // refused at input: every C0 control but tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates
        List<String> refused = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            if (c != 0x9 && c != 0xA && c != 0xD) {
                refused.add(String.format("\\u%04x", c));
            }
        }
        refused.addAll(List.of("\\ufffe", "\\uffff", "\\ud83d", "\\ude00", "\\ude00\\ud83d"));
        List<String> accepted = new ArrayList<>();
        for (String escape : refused) {
            request.put("title", "Maçon @@X@@ fin");
            String json = Workflow.json(request).replace("@@X@@", escape);
            var answer = given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(Workflow.REQUESTS).then().extract();
            if (answer.statusCode() != 400 || !answer.jsonPath().getList("violations.field").contains("title")) {
                accepted.add(escape + " → " + answer.statusCode());
            }
        }
        assertEquals(List.of(), accepted, "characters XML 1.0 does not allow must be refused");

        // accepted and carried: the emoji straddles the 255th UTF-16 unit of the title, the 50th of the address line
        String title = "A".repeat(254) + emoji + " ]]> <b>&amp; \u200F\u202E\tfin";
        request.put("title", title);
        request.put("locations", List.of(Map.of("commune_insee", "44109", "label", "B".repeat(49) + emoji + " rue & <Ouest>",
                "postcode", "44000", "city", "Nantes ]]> \u200F")));
        String id = Workflow.create(token, request).statusCode(201).body("title", equalTo(title)).extract().path("id");
        Workflow.toReview(body, id);
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(200);

        String xml = new String(given().auth().oauth2(Tokens.publisher()).get(XML).then().statusCode(200)
                .contentType("application/xml").extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        LheoSchema.validate(xml);
        // cut at the schema's length, never inside the emoji's surrogate pair
        assertTrue(xml.contains("<intitule-formation>" + "A".repeat(254) + "</intitule-formation>"), "title cut at 255");
        assertTrue(xml.contains("<ligne>" + "B".repeat(49) + "</ligne>"), "address line cut at 50");
        assertTrue(xml.contains("<nom>" + "N".repeat(49) + "</nom>"), "contact name cut at 50");
        assertTrue(xml.contains("<nom-organisme>" + "N".repeat(49) + emoji + " Formation &amp; Cie"), "the full name where 250 fit");
        assertTrue(xml.contains("]]&gt; &lt;b&gt;&amp;amp; \u200F\u202E\tfin") || xml.contains("]]&gt; &lt;b>&amp;amp; \u200F\u202E\tfin"),
                "markup characters escaped, marks and tab kept");
    }

    @Test
    void theLheoExportIsValidAgainstTheOfficialSchema() throws Exception {
        String lotA = Workflow.lot();
        String lotB = Workflow.lot("NUMERIQUE", List.of("REGION"), Workflow.OTHER_MANDATAIRE, Workflow.COTRAITANT,
                new Workflow.BigDecimalString("16.20"));
        authorised(lotA, Sirets.random());
        String started = authorised(lotA, Sirets.random());
        Workflow.step(Tokens.trainingBody(MANDATAIRE), started, "start", null).statusCode(200);
        Map<String, Object> socle = Workflow.request(lotB, List.of(), 10);
        socle.put("kind", "SOCLE");
        socle.put("training_sector", "NUMERIQUE");
        socle.put("certification", Map.of("kind", "RS", "code", "RS5460"));
        Workflow.create(Tokens.regionOfficer(), socle).statusCode(201);
        String underReview = draft(lotA, Sirets.random());
        Workflow.toReview(MANDATAIRE, underReview);

        String xml = given().auth().oauth2(Tokens.publisher()).get(XML).then().statusCode(200)
                .contentType("application/xml").extract().asString();
        LheoSchema.validate(xml);
        assertTrue(xml.contains("numero=\"" + started + "\""));
        assertFalse(xml.contains(underReview), "a request under instruction is never exported");
        assertTrue(xml.contains("<code-financeur>2</code-financeur>"));
    }

    /** Issue #22 (P2): pages of up to 2 000 sessions for a first full sync; beyond, 400 naming `limit`. */
    @Test
    void aFirstSyncTakesPagesOfTwoThousand() {
        given().auth().oauth2(Tokens.publisher()).queryParam("limit", 2000).get(FEED).then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).queryParam("limit", 2001).get(FEED).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("limit"));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    /**
     * Issue #22 (P2): a session's LHEO fragment is rendered once at publication and the export streams it; an entry
     * stored without one (before V29) is rendered from its JSON as before. Both give the same element.
     */
    @Test
    void theStoredFragmentIsTheElementTheExportWouldRender() throws Exception {
        String session = authorised(Workflow.lot(), Sirets.random());
        String stored = formation(given().auth().oauth2(Tokens.publisher()).get(XML).then().statusCode(200).extract().asString(), session);
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement("update publication_entry set lheo = null, lheo_deflate = null where session_id = ?")) {
            update.setObject(1, java.util.UUID.fromString(session));
            assertEquals(1, update.executeUpdate());
        }
        String xml = given().auth().oauth2(Tokens.publisher()).get(XML).then().statusCode(200).extract().asString();
        LheoSchema.validate(xml);
        String rendered = formation(xml, session);
        assertEquals(rendered, stored.replace(" xmlns=\"" + fr.paysdelaloire.emploiformation.publication.LheoWriter.NAMESPACE + "\"", ""));
        assertTrue(stored.contains("<code-public-vise>15041</code-public-vise>"), "the setting put in at export time");
    }

    @jakarta.inject.Inject
    FragmentSealing sealing;

    /**
     * Issue #22 (P2): asked for with {@code Accept-Encoding: gzip}, the export is gzip-encoded from the fragments
     * deflated at publication, and decodes to the very document served without it; an entry with no deflated form
     * (published before V31), or one deflated under another public aimed at, is sealed on the fly, then once for all
     * by the background job, the document unchanged.
     */
    @Test
    void theGzipEncodedExportIsTheSameDocumentWhereverItsFragmentsWereDeflated() throws Exception {
        String session = authorised(Workflow.lot(), Sirets.random());
        String plain = lheo("identity");
        LheoSchema.validate(plain);
        assertTrue(plain.contains("numero=\"" + session + "\""));
        assertEquals(plain, lheo("gzip"), "deflated at publication");

        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertTrue(statement.executeUpdate("update publication_entry set lheo_deflate = null where lheo is not null") > 0);
        }
        assertEquals(plain, lheo("gzip, deflate;q=0.5"), "sealed while exported");
        assertTrue(sealing.sealAll() > 0);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var unsealed = statement.executeQuery("select count(*) from publication_entry where lheo is not null and lheo_deflate is null");
                var one = connection.prepareStatement("select lheo, lheo_deflate from publication_entry where session_id = ?")) {
            unsealed.next();
            assertEquals(0, unsealed.getLong(1), "every fragment sealed");
            one.setObject(1, UUID.fromString(session));
            try (var row = one.executeQuery()) {
                row.next();
                org.junit.jupiter.api.Assertions.assertArrayEquals(LheoGzip.seal(row.getString(1), "15041"), row.getBytes(2), "as the publisher seals it");
            }
        }
        assertEquals(plain, lheo("gzip"), "sealed by the job");
        assertEquals(0, sealing.sealAll(), "nothing left to seal");

        // deflated under another public aimed at (the setting changed since): not used, forgotten at start, deflated again
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement("update publication_entry set lheo_deflate_code = '99999' where session_id = ?")) {
            update.setObject(1, UUID.fromString(session));
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(plain, lheo("gzip"), "the fragment deflated again while exported");
        assertEquals(1, sealing.forgetOthers());
        assertEquals(1, sealing.sealAll());
        assertEquals(plain, lheo("gzip"), "deflated again by the job");
    }

    /**
     * Issue #25 (FAQ §1: the trainees are told clearly where the jobs are): each published session carries its employers'
     * places of work, by commune, in the feed and in the LHEO export's extras; an entry written before (representation
     * 1, V33) is published again by the background round, with a new change, so that a consumer following the feed gets it.
     */
    @Test
    void eachSessionSaysWhereItsJobsAre_andEntriesWrittenBeforeArePublishedAgain() throws Exception {
        String employer = Sirets.random();
        String session = authorised(Workflow.lot(), employer);
        given().auth().oauth2(Tokens.publisher()).queryParam("employer_siret", employer).get(FEED).then().statusCode(200)
                .body("items[0].id", equalTo(session))
                .body("items[0].job_locations", hasSize(1))
                .body("items[0].job_locations[0].commune_insee", equalTo("44109"))
                .body("items[0].job_locations[0].department", equalTo("44"))
                .body("items[0].job_locations[0].positions", equalTo(5));
        String xml = given().auth().oauth2(Tokens.publisher()).queryParam("employer_siret", employer).get(XML).then().statusCode(200)
                .extract().asString();
        LheoSchema.validate(xml);
        assertTrue(xml.contains("<extra info=\"lieux-emplois\">44109:5</extra>"), xml);
        assertTrue(xml.contains("<extra info=\"departements-emplois\">44</extra>"), xml);

        long before;
        try (var connection = dataSource.getConnection();
                var outdate = connection.prepareStatement("update publication_entry set representation = 1, lheo = null,"
                        + " lheo_deflate = null, payload = payload - 'job_locations' where session_id = ? returning change_seq")) {
            outdate.setObject(1, UUID.fromString(session));
            try (var row = outdate.executeQuery()) {
                row.next();
                before = row.getLong(1);
            }
        }
        String cursor = given().auth().oauth2(Tokens.publisher()).get(SNAPSHOT).then().statusCode(200).extract().path("next_cursor");
        String old = given().auth().oauth2(Tokens.publisher()).queryParam("employer_siret", employer).get(XML).then().statusCode(200)
                .extract().asString();
        LheoSchema.validate(old);
        assertFalse(old.contains("lieux-emplois\">44109"), "rendered from the stored JSON, which has no places yet");

        assertTrue(sealing.republishOutdated() >= 1);
        JsonPath delta = feed(cursor);
        assertTrue(delta.getList("items.id", String.class).contains(session), "published again, as a change");
        given().auth().oauth2(Tokens.publisher()).queryParam("employer_siret", employer).get(FEED).then().statusCode(200)
                .body("items[0].job_locations[0].positions", equalTo(5));
        try (var connection = dataSource.getConnection();
                var row = connection.prepareStatement("select representation, change_seq, lheo is not null from publication_entry where session_id = ?")) {
            row.setObject(1, UUID.fromString(session));
            try (var result = row.executeQuery()) {
                result.next();
                assertEquals(2, result.getInt(1));
                assertTrue(result.getLong(2) > before);
                assertTrue(result.getBoolean(3), "its LHEO fragment rendered again");
            }
        }
        assertEquals(0, sealing.republishOutdated(), "nothing left");
    }

    /**
     * The LHEO export as received with this {@code Accept-Encoding}, decoded when it says gzip (and said so), its
     * export time left out (a second may pass between two exports).
     */
    private static String lheo(String acceptEncoding) throws java.io.IOException {
        var answer = given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .auth().oauth2(Tokens.publisher()).header("Accept-Encoding", acceptEncoding).get(XML).then().statusCode(200)
                .header("Vary", "Accept-Encoding").extract();
        byte[] body = answer.asByteArray();
        boolean gzip = acceptEncoding.startsWith("gzip");
        assertEquals(gzip ? "gzip" : null, answer.header("Content-Encoding"));
        if (gzip) {
            body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        }
        return new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("horodatage-export=\"[^\"]*\"", "");
    }

    /** The {@code formation} element of one session in an export. */
    static String formation(String xml, String session) {
        int start = xml.lastIndexOf("<formation", xml.indexOf("numero=\"" + session + "\""));
        int end = xml.indexOf("</formation>", start) + "</formation>".length();
        assertTrue(start >= 0 && end > start, "session " + session + " exported");
        return xml.substring(start, end);
    }

    @Test
    void noCandidateDataIsPublished() {
        String lot = Workflow.lot();
        String session = authorised(lot, Sirets.random());
        String validator = Tokens.validator();
        String first = "Zx" + UUID.randomUUID().toString().substring(0, 8);
        String last = "Zy" + UUID.randomUUID().toString().substring(0, 8);
        String identifier = String.format("%07d", (int) (Math.random() * 9_999_999)) + "K";
        String candidate = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", identifier, "first_name", first, "last_name", last,
                        "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        String intention = given().auth().oauth2(Tokens.regionOfficer()).get(Workflow.REQUESTS + "/{id}", session).then()
                .extract().path("hiring_intention_ids[0]");
        given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", candidate, "hiring_intention_id", intention)))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201);
        String json = given().auth().oauth2(Tokens.publisher()).queryParam("limit", 500).get(FEED).then().statusCode(200)
                .body("items.find { it.id == '" + session + "' }.places_left", equalTo(4))
                .extract().asString();
        String xml = given().auth().oauth2(Tokens.publisher()).get(XML).then().statusCode(200).extract().asString();
        for (String output : List.of(json, xml)) {
            for (String personal : List.of(first, last, identifier, candidate)) {
                assertFalse(output.contains(personal), "published output carries candidate data");
            }
        }
    }
}

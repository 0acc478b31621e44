package fr.paysdelaloire.emploiformation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * The funnel against a dataset whose answer is known by construction: twelve intentions written in 2019 and four in 2016 (years no
 * other test writes), seven session requests, six paths; every figure below is counted by hand from the table
 * in {@link #dataset()}.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class FunnelTest {

    static final String FUNNEL = "/api/v1/statistics/funnel";
    static final String SENDER = "employer-platform:funnel-test";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    String lot;

    @BeforeEach
    void dataset() throws SQLException {
        lot = Workflow.lot();
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(
                    "delete from training_path where intention_id in (select id from hiring_intention where sender = '" + SENDER + "')",
                    "delete from session_request_intention where intention_id in (select id from hiring_intention where sender = '" + SENDER + "')",
                    "delete from session_request where title = 'funnel-test'",
                    "delete from hiring_intention where sender = '" + SENDER + "'")) {
                c.createStatement().executeUpdate(sql);
            }
            // request        sector            first submitted            decided                    → days
            Req r1 = request(c, "CONSTRUCTION", "2019-03-10T09:00:00+01:00", "2019-03-14T09:00:00+01:00"); // 4.0
            Req r2 = request(c, "INTER_INDUSTRIE", "2019-04-01T08:00:00+02:00", "2019-04-11T20:00:00+02:00"); // 10.5
            Req r3 = request(c, "CONSTRUCTION", "2019-04-02T08:00:00+02:00", null); // not decided
            // intention  dept  received (UTC)              status               eligibility        request
            UUID i1 = intention(c, "44", "2019-03-05T10:00:00Z", "COVERED", "ELIGIBLE", r1);
            UUID i2 = intention(c, "44", "2019-03-06T10:00:00Z", "FULFILLED", "ELIGIBLE", r1);
            UUID i3 = intention(c, "44", "2019-03-07T10:00:00Z", "FULFILLED", "ELIGIBLE", r1);
            UUID i4 = intention(c, "44", "2019-03-08T10:00:00Z", "WITHDRAWN", "ELIGIBLE", r1);
            UUID i5 = intention(c, "85", "2019-04-01T10:00:00Z", "COVERED", "ELIGIBLE", r2, "CANDIDATE_SELECTION,FINAL_JURY");
            intention(c, "85", "2019-04-02T10:00:00Z", "COVERED", "ELIGIBLE", r2); // i6
            intention(c, "85", "2019-04-03T10:00:00Z", "ATTACHED", "ELIGIBLE", r3); // i7
            intention(c, "44", "2019-05-01T10:00:00Z", "ELIGIBLE", "ELIGIBLE", null, ""); // i8
            intention(c, "44", "2019-05-02T10:00:00Z", "INELIGIBLE", "INELIGIBLE", null); // i9
            intention(c, "85", "2019-05-03T10:00:00Z", "WITHDRAWN", "NEEDS_DEROGATION", null); // i10
            intention(c, "44", "2018-12-31T22:59:59Z", "ELIGIBLE", "ELIGIBLE", null); // i11: 2018-12-31 23:59:59 in Paris, outside
            intention(c, "44", "2019-12-31T22:30:00Z", "ELIGIBLE", "ELIGIBLE", null); // i12: 2019-12-31 23:30 in Paris, inside
            // 2016, for the interpolation: four decided intentions waiting 1, 2, 4 and 10 days
            for (int days : new int[] { 1, 2, 4, 10 }) {
                Req decided = request(c, "MARITIME", "2016-06-01T10:00:00Z", "2016-06-" + String.format("%02d", 1 + days) + "T10:00:00Z");
                intention(c, "53", "2016-05-20T10:00:00Z", "COVERED", "ELIGIBLE", decided);
            }
            // paths      intention  request  status         integrated  outcome
            path(c, i1, r1, "INTEGRATED", true, null);
            path(c, i2, r1, "COMPLETED", true, "HIRED");
            path(c, i3, r1, "COMPLETED", true, "HIRED");
            path(c, i4, r1, "DROPPED_OUT", true, null);
            path(c, i5, r2, "DROPPED_OUT", false, null);
            path(c, i5, r2, "POSITIONED", false, null);
            // issue #19 (1): an intention may offer several positions; the funnel reads hires against them
            c.createStatement().executeUpdate("update hiring_intention set positions = 3 where id = '" + i1 + "'");
        }
    }

    /**
     * Issue #22 (P5): the tally the triggers keep is what counting the intentions and paths afresh gives, for every
     * day, sector and département of the database (this class's dataset, deleted and written again before each test,
     * and whatever the other classes wrote, updated and deleted before it).
     */
    @Test
    void theTallyIsWhatCountingAfreshGives() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeQuery("select funnel_fold()").close();
            var differences = c.createStatement().executeQuery("""
                    with paths as (
                        select intention_id,
                               count(*) filter (where status in ('INTEGRATED', 'COMPLETED')
                                                   or (status = 'DROPPED_OUT' and individual_hours is not null)) as started,
                               count(*) filter (where status = 'DROPPED_OUT') as dropped_out,
                               count(*) filter (where outcome = 'HIRED') as hired
                        from training_path group by intention_id),
                    keyed as (
                        select (h.created_at at time zone 'Europe/Paris')::date as day,
                               coalesce(h.request_sector, 'UNASSIGNED') as sector, h.employer_department as department,
                               round(h.decision_seconds / 86400.0, 1) as days, h.*, coalesce(p.started, 0) as p_started,
                               coalesce(p.dropped_out, 0) as p_dropped_out, coalesce(p.hired, 0) as p_hired
                        from hiring_intention h left join paths p on p.intention_id = h.id),
                    histograms as (
                        select day, sector, department, jsonb_object_agg(days::text, n) as decision_days
                        from (select day, sector, department, days, count(*) as n from keyed where days is not null
                              group by 1, 2, 3, 4) d
                        group by 1, 2, 3),
                    fresh as (
                        select k.day, k.sector, k.department, count(*) as received,
                               count(*) filter (where eligibility_outcome = 'ELIGIBLE') as eligible,
                               count(*) filter (where status in ('COVERED', 'FULFILLED')) as covered,
                               count(*) filter (where status = 'FULFILLED') as fulfilled,
                               count(*) filter (where status = 'WITHDRAWN') as withdrawn,
                               sum(p_started) as started, sum(p_dropped_out) as dropped_out, sum(p_hired) as hired,
                               sum(positions) as positions,
                               count(*) filter (where employer_involvement !~ '(^|,)IMMERSION(,|$)') as without_immersion
                        from keyed k group by 1, 2, 3),
                    expected as (
                        select f.*, coalesce(h.decision_days, '{}') as decision_days
                        from fresh f left join histograms h using (day, sector, department)),
                    tallied as (
                        select day, sector, department, received, eligible, covered, fulfilled, withdrawn, started, dropped_out,
                               hired, positions, without_immersion, decision_days from funnel_tally)
                    select count(*), (select count(*) from tallied)
                    from ((select * from expected except select * from tallied)
                          union all (select * from tallied except select * from expected)) differences""");
            differences.next();
            assertEquals(0, differences.getLong(1), "rows where the tally and a fresh count differ");
            org.junit.jupiter.api.Assertions.assertTrue(differences.getLong(2) > 0, "the tally has rows");
            var pending = c.createStatement().executeQuery("select count(*) from funnel_delta");
            pending.next();
            assertEquals(0, pending.getLong(1), "nothing left to fold");
        }
    }

    @Test
    void theWholeYearBySectorDepartmentAndMonth() throws Exception {
        JsonNode funnel = funnel("?from=2019-01-01&to=2019-12-31");
        assertEquals("2019-01-01", funnel.path("from").asText());
        //                          received elig covered fulfilled withdrawn rate decided median p90 started dropped hired
        assertFigures(funnel.path("total"), 11, 9, 5, 2, 2, 0.1818, 6, 4.0, 10.5, 4, 2, 2);
        assertEquals(List.of("CONSTRUCTION", "INTER_INDUSTRIE", "UNASSIGNED"), keys(funnel.path("by_sector"), "sector"));
        assertFigures(funnel.path("by_sector").path(0), 5, 5, 3, 2, 1, 0.2, 4, 4.0, 4.0, 4, 1, 2);
        assertFigures(funnel.path("by_sector").path(1), 2, 2, 2, 0, 0, 0.0, 2, 10.5, 10.5, 0, 1, 0);
        assertFigures(funnel.path("by_sector").path(2), 4, 2, 0, 0, 1, 0.25, 0, null, null, 0, 0, 0);
        assertEquals(List.of("44", "85"), keys(funnel.path("by_department"), "department"));
        assertFigures(funnel.path("by_department").path(0), 7, 6, 3, 2, 1, 0.1429, 4, 4.0, 4.0, 4, 1, 2);
        assertFigures(funnel.path("by_department").path(1), 4, 3, 2, 0, 1, 0.25, 2, 10.5, 10.5, 0, 1, 0);
        assertEquals(List.of("2019-03", "2019-04", "2019-05", "2019-12"), keys(funnel.path("by_month"), "month"));
        assertEquals(List.of(4L, 3L, 3L, 1L), counts(funnel.path("by_month"), "received"));
        // positions offered, to read the hires against: eleven intentions, one of them with three positions
        assertEquals(13, funnel.path("total").path("positions").asLong());
        assertEquals(7, funnel.path("by_sector").path(0).path("positions").asLong());
        assertEquals(9, funnel.path("by_department").path(0).path("positions").asLong());
        // issue #25 (§6): i5 and i8 have no immersion step, counted where they are
        assertEquals(2, funnel.path("total").path("without_immersion").asLong());
        assertEquals(List.of(0L, 1L, 1L), counts(funnel.path("by_sector"), "without_immersion"));
        assertEquals(List.of(1L, 1L), counts(funnel.path("by_department"), "without_immersion"));
    }

    @Test
    void percentilesInterpolateAsPercentileContDoes() throws Exception {
        // sorted 1, 2, 4, 10: the median at position 1.5 is 2 + 0.5 × (4 − 2) = 3; the 90th at 2.7 is 4 + 0.7 × (10 − 4) = 8.2
        JsonNode year = funnel("?from=2016-01-01&to=2016-12-31");
        assertFigures(year.path("total"), 4, 4, 4, 0, 0, 0.0, 4, 3.0, 8.2, 0, 0, 0);
        assertFigures(year.path("by_sector").path(0), 4, 4, 4, 0, 0, 0.0, 4, 3.0, 8.2, 0, 0, 0);
        assertEquals("MARITIME", year.path("by_sector").path(0).path("sector").asText());
    }

    @Test
    void filtersNarrowTheCohortAndAnEmptyPeriodIsZeros() throws Exception {
        JsonNode vendee = funnel("?from=2019-01-01&to=2019-12-31&department=85");
        assertEquals("85", vendee.path("department").asText());
        assertFigures(vendee.path("total"), 4, 3, 2, 0, 1, 0.25, 2, 10.5, 10.5, 0, 1, 0);
        assertEquals(List.of("85"), keys(vendee.path("by_department"), "department"));

        JsonNode unassigned = funnel("?from=2019-01-01&to=2019-12-31&sector=UNASSIGNED");
        assertFigures(unassigned.path("total"), 4, 2, 0, 0, 1, 0.25, 0, null, null, 0, 0, 0);

        JsonNode march = funnel("?from=2019-03-01&to=2019-03-31&sector=CONSTRUCTION");
        assertFigures(march.path("total"), 4, 4, 3, 2, 1, 0.25, 4, 4.0, 4.0, 4, 1, 2);

        JsonNode nothing = funnel("?from=2017-01-01&to=2017-12-31");
        assertFigures(nothing.path("total"), 0, 0, 0, 0, 0, null, 0, null, null, 0, 0, 0);
        assertEquals(0, nothing.path("by_sector").size());
    }

    @Test
    void theLedgerGivesIntentionsTheirRequestsSectorAndWaitForADecision() throws Exception {
        String lot = Workflow.lot();
        java.util.List<String> authorised = Workflow.intentions(Workflow.MANDATAIRE, 5);
        String request = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(lot, authorised, 5));
        assertEquals(List.of("CONSTRUCTION null"), facts(authorised), "classified when the request is created");
        Workflow.toReview(Workflow.MANDATAIRE, request);
        Workflow.step(Tokens.regionOfficer(), request, "authorise", "Projet complet").statusCode(200);
        assertEquals(List.of("CONSTRUCTION decided"), facts(authorised));

        java.util.List<String> rejected = Workflow.intentions(Workflow.MANDATAIRE, 5);
        String other = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(lot, rejected, 5));
        Workflow.toReview(Workflow.MANDATAIRE, other);
        Workflow.step(Tokens.regionOfficer(), other, "reject", "Hors priorités").statusCode(200);
        assertEquals(List.of("CONSTRUCTION decided"), facts(rejected), "a rejection is a decision; the intention keeps its sector");
    }

    /** The distinct (request_sector, decided or null) of these intentions. */
    List<String> facts(List<String> ids) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select distinct request_sector || ' ' || case when decision_seconds >= 0 then 'decided' else 'null' end "
                        + "from hiring_intention where id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            List<String> facts = new ArrayList<>();
            try (var result = s.executeQuery()) {
                while (result.next()) {
                    facts.add(result.getString(1));
                }
            }
            return facts;
        }
    }

    @Test
    void badParametersAre400AndOnlyTheRegionReadsIt() {
        given().auth().oauth2(Tokens.regionOfficer()).get(FUNNEL + "?from=2019-12-31&to=2019-01-01").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.regionOfficer()).get(FUNNEL + "?from=2019-01-01&to=2023-01-01").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.regionOfficer()).get(FUNNEL + "?from=2019-13-01&sector=BTP&department=4").then().statusCode(400)
                .body("violations", hasSize(3));
        given().auth().oauth2(Tokens.regionOfficer()).get(FUNNEL).then().statusCode(200).body("to", equalTo(
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString()));
        given().auth().oauth2(Tokens.trainingBody(Workflow.MANDATAIRE)).get(FUNNEL).then().statusCode(403);
        given().auth().oauth2(Tokens.employerPlatform()).get(FUNNEL).then().statusCode(403);
        given().get(FUNNEL).then().statusCode(401);
    }

    JsonNode funnel(String query) throws Exception {
        return JSON.readTree(given().auth().oauth2(Tokens.regionOfficer()).get(FUNNEL + query).then().statusCode(200)
                .extract().asString());
    }

    static void assertFigures(JsonNode row, long received, long eligible, long covered, long fulfilled, long withdrawn, Double rate,
            long decided, Double median, Double p90, long started, long dropped, long hired) {
        String where = row.toString();
        assertEquals(received, row.path("received").asLong(), where);
        assertEquals(eligible, row.path("eligible").asLong(), where);
        assertEquals(covered, row.path("covered").asLong(), where);
        assertEquals(fulfilled, row.path("fulfilled").asLong(), where);
        assertEquals(withdrawn, row.path("withdrawn").asLong(), where);
        assertEquals(rate, row.has("withdrawal_rate") ? row.path("withdrawal_rate").asDouble() : null, where);
        assertEquals(decided, row.path("decided").asLong(), where);
        assertEquals(median, row.has("median_days_to_decision") ? row.path("median_days_to_decision").asDouble() : null, where);
        assertEquals(p90, row.has("p90_days_to_decision") ? row.path("p90_days_to_decision").asDouble() : null, where);
        assertEquals(started, row.path("paths_started").asLong(), where);
        assertEquals(dropped, row.path("paths_dropped_out").asLong(), where);
        assertEquals(hired, row.path("paths_hired").asLong(), where);
    }

    static List<String> keys(JsonNode rows, String field) {
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> keys.add(r.path(field).asText()));
        return keys;
    }

    static List<Long> counts(JsonNode rows, String field) {
        List<Long> counts = new ArrayList<>();
        rows.forEach(r -> counts.add(r.path(field).asLong()));
        return counts;
    }

    /** A session request as the funnel sees it through its intentions: its sector and its wait for a decision. */
    record Req(UUID id, String sector, Long decisionSeconds) {
    }

    Req request(Connection c, String sector, String submitted, String decided) throws SQLException {
        UUID id = UUID.randomUUID();
        Long seconds;
        try (PreparedStatement s = c.prepareStatement("""
                insert into session_request (id, kind, lot_code, created_by, submitter_siret, mandataire_siret, title, training_sector,
                    certification_kind, certification_code, formacode, planned_hours, start_date, end_date, locations, afest, part_time,
                    permanent_entry, completes_existing_group, preparatory_phase, places, status, first_submitted_at,
                    last_submitted_at, decided_at, created_at, updated_at, last_status_change_at)
                values (?, 'ONE_JOB_ONE_TRAINING', ?, 'training-body:73866205898790', '73866205898790', '73866205898790',
                    'funnel-test', ?, 'RNCP', 'RNCP35185', '22454', 400, date '2019-06-01', date '2019-09-30', '[]', false, false,
                    false, false, false, 5, ?, ?, ?, ?, ?, ?, ?)""")) {
            OffsetDateTime first = OffsetDateTime.parse(submitted);
            OffsetDateTime decision = decided == null ? null : OffsetDateTime.parse(decided);
            s.setObject(1, id);
            s.setString(2, lot);
            s.setString(3, sector);
            s.setString(4, decision == null ? "UNDER_REVIEW" : "AUTHORISED");
            s.setObject(5, first);
            s.setObject(6, first);
            s.setObject(7, decision);
            s.setObject(8, first);
            s.setObject(9, first);
            s.setObject(10, first);
            s.executeUpdate();
            seconds = decision == null ? null : java.time.Duration.between(first, decision).toSeconds();
        }
        return new Req(id, sector, seconds);
    }

    /** An intention; with a request, linked to it and carrying what the ledger writes (V12): its sector and wait. */
    UUID intention(Connection c, String department, String received, String status, String eligibility, Req request)
            throws SQLException {
        return intention(c, department, received, status, eligibility, request, "IMMERSION");
    }

    /** The same, with the employer's involvement steps as stored (comma-separated; i5 and i8 have no immersion, §6). */
    UUID intention(Connection c, String department, String received, String status, String eligibility, Req request,
            String involvement) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into hiring_intention (id, sender, external_id, content_hash, employer_siret, employer_name, employer_department,
                    employer_commune_insee, job_title, job_rome_code, positions, contract_type, contract_weekly_hours,
                    employer_involvement, training_body_siret, status, eligibility_outcome, eligibility, created_at, updated_at,
                    last_status_change_at, request_sector, decision_seconds)
                values (?, ?, ?, 'x', '73282932000074', 'Employeur', ?, '44109', 'Maçon', 'F1703', 1, 'CDI', 35, ?,
                    '73866205898790', ?, ?, '{}', ?, ?, ?, ?, ?)""")) {
            OffsetDateTime at = OffsetDateTime.parse(received);
            s.setObject(1, id);
            s.setString(2, SENDER);
            s.setString(3, "funnel-" + id);
            s.setString(4, department);
            s.setString(5, involvement);
            s.setString(6, status);
            s.setString(7, eligibility);
            s.setObject(8, at);
            s.setObject(9, at);
            s.setObject(10, at);
            s.setString(11, request == null ? null : request.sector());
            s.setObject(12, request == null ? null : request.decisionSeconds());
            s.executeUpdate();
        }
        if (request != null) {
            try (PreparedStatement s = c.prepareStatement("insert into session_request_intention (session_request_id, intention_id) values (?, ?)")) {
                s.setObject(1, request.id());
                s.setObject(2, id);
                s.executeUpdate();
            }
        }
        return id;
    }

    void path(Connection c, UUID intention, Req request, String status, boolean integrated, String outcome) throws SQLException {
        UUID candidate = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into candidate (id, france_travail_id, first_name, last_name, department, situation, business_creation_project,
                    created_by, content_hash, status, created_at, updated_at)
                values (?, ?, 'Prénom', 'Nom', '44', 'JOB_SEEKER', false, 'validator:funnel-test', 'x', 'VALIDATED', now(), now())""")) {
            s.setObject(1, candidate);
            s.setString(2, candidate.toString().substring(0, 11));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into training_path (id, session_request_id, intention_id, candidate_id, status, individual_hours, outcome,
                    created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 'training-body:73866205898790', now(), now())""")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, request.id());
            s.setObject(3, intention);
            s.setObject(4, candidate);
            s.setString(5, status);
            s.setObject(6, integrated ? 400 : null);
            s.setString(7, outcome);
            s.executeUpdate();
        }
    }
}

package fr.paysdelaloire.emploiformation.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Steps of the scheme's workflow through the HTTP API, for the tests. */
public final class Workflow {

    public static final String MANDATAIRE = "73866205898790";
    public static final String COTRAITANT = "42525779372180";
    public static final String SUBCONTRACTOR = "41566010057462";
    public static final String OTHER_MANDATAIRE = "54125523711448";
    public static final String REQUESTS = "/api/v1/session-requests";
    public static final String INTENTIONS = "/api/v1/hiring-intentions";
    public static final ObjectMapper JSON = new ObjectMapper();

    private Workflow() {
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lot of the construction sector in Loire-Atlantique, held by MANDATAIRE with COTRAITANT. */
    public static String lot() {
        return lot("CONSTRUCTION", List.of("44"), MANDATAIRE, COTRAITANT, new BigDecimalString("14.50"));
    }

    public record BigDecimalString(String value) {
    }

    public static String lot(String sector, List<String> departments, String mandataire, String cotraitant, BigDecimalString price) {
        return lot(sector, departments, null, mandataire, cotraitant, price);
    }

    /** A lot reaching beyond the Region (FAQ §1, issue #25): départements outside it, with the Region's reason. */
    public static String lot(String sector, List<String> departments, String beyondRegion, String mandataire, String cotraitant,
            BigDecimalString price) {
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", "Lot de test");
        body.put("sector", sector);
        body.put("departments", departments);
        if (beyondRegion != null) {
            body.put("beyond_region", beyondRegion);
        }
        body.put("price_per_trainee_hour", new java.math.BigDecimal(price.value()));
        body.put("minimum_order_hours", 10000);
        body.put("mandataire_siret", mandataire);
        body.put("mandataire_name", "Mandataire");
        body.put("mandataire_nda", "52440123444");
        body.put("members", List.of(Map.of("siret", cotraitant, "name", "Co-traitant", "nda", "52440987644")));
        body.put("subcontractors", List.of(Map.of("siret", SUBCONTRACTOR, "name", "Sous-traitant", "nda", "52490456749",
                "approved_by_mandataire", false)));
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(json(body))
                .put("/api/v1/lots/{code}", code).then().statusCode(201);
        return code;
    }

    /** An intention naming {@code body}, for a fresh employer; {@code months} null for a CDI. */
    public static String intention(String body, int positions, Integer months) {
        return intention(body, positions, months, Sirets.random());
    }

    /** An intention of the given employer naming {@code body}. */
    public static String intention(String body, int positions, Integer months, String employerSiret) {
        return intention(Tokens.trainingBody(body), body, positions, months, employerSiret);
    }

    /** An intention sent with {@code token} (a platform, a training body), naming {@code body}. */
    public static String intention(String token, String body, int positions, Integer months, String employerSiret) {
        return intention(token, body, positions, months, employerSiret, List.of("IMMERSION"));
    }

    /** The same, with the employer's involvement steps ({@code employer_involvement}, §6) given. */
    public static String intention(String token, String body, int positions, Integer months, String employerSiret,
            List<String> involvement) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("type", months == null ? "CDI" : "CDD");
        if (months != null) {
            contract.put("duration_months", months);
        }
        contract.put("weekly_hours", 35);
        Map<String, Object> intention = new LinkedHashMap<>();
        intention.put("external_id", "wf-" + UUID.randomUUID());
        intention.put("employer", Map.of("siret", employerSiret, "name", "Employeur", "department", "44", "commune_insee", "44109"));
        intention.put("job", Map.of("title", "Maçon", "rome_code", "F1703"));
        intention.put("positions", positions);
        intention.put("contract", contract);
        intention.put("target", Map.of("certification_code", "RNCP35185"));
        intention.put("employer_involvement", involvement);
        intention.put("proof", Map.of("channel", "EMAIL", "received_on", "2026-11-20"));
        intention.put("training_body_siret", body);
        return field(given().auth().oauth2(token).contentType(ContentType.JSON).body(json(intention))
                .post("/api/v1/hiring-intentions").then().statusCode(201).extract().asString(), "id");
    }

    /**
     * An open need (issue #21): an intention with no training body, sent with {@code token} (a platform, a validator), for
     * a job of {@code rome} at a place of work in {@code commune} (an INSEE code), with the employer's proof or without.
     */
    public static String openNeed(String token, String rome, String commune, boolean proof) {
        Map<String, Object> need = new LinkedHashMap<>();
        need.put("external_id", "need-" + UUID.randomUUID());
        need.put("employer", Map.of("siret", Sirets.random(), "name", "Bâtiments du Layon", "department", commune.substring(0, 2),
                "commune_insee", commune));
        need.put("job", Map.of("title", "Maçon / Maçonne", "rome_code", rome));
        need.put("positions", 2);
        need.put("contract", Map.of("type", "CDI", "weekly_hours", 35));
        need.put("target", Map.of("certification_code", "RNCP35185"));
        need.put("employer_involvement", List.of("IMMERSION"));
        if (proof) {
            need.put("proof", Map.of("channel", "PLATFORM", "received_on", "2026-11-20", "reference", "offre nosemplois 8812"));
        }
        return field(given().auth().oauth2(token).contentType(ContentType.JSON).body(json(need))
                .post("/api/v1/hiring-intentions").then().statusCode(201).extract().asString(), "id");
    }

    public static List<String> intentions(String body, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(intention(body, 1, null));
        }
        return ids;
    }

    public static Map<String, Object> request(String lot, List<String> intentionIds, int places) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lot_code", lot);
        body.put("title", "Maçon - session de test");
        body.put("training_sector", "CONSTRUCTION");
        body.put("certification", Map.of("kind", "RNCP", "code", "RNCP35185"));
        body.put("formacode", "22454");
        body.put("planned_hours", 750);
        body.put("start_date", "2027-03-01");
        body.put("end_date", "2027-09-30");
        body.put("locations", List.of(Map.of("commune_insee", "44109", "label", "12 rue de la Formation", "postcode", "44000",
                "city", "Nantes")));
        body.put("modalities", new LinkedHashMap<>(Map.of("afest", false, "part_time", false, "permanent_entry", false,
                "completes_existing_group", false, "preparatory_phase", false)));
        body.put("hiring_intention_ids", intentionIds);
        body.put("places", places);
        return body;
    }

    public static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(body)).post(REQUESTS).then();
    }

    public static String draft(String siret, Map<String, Object> body) {
        return field(create(Tokens.trainingBody(siret), body).statusCode(201).extract().asString(), "id");
    }

    /** A transition as a partner makes it: read the request, send its ETag back in If-Match. */
    public static ValidatableResponse step(String token, String id, String transition, String reason) {
        return step(token, id, transition, reason, etag(token, REQUESTS + "/" + id));
    }

    /** A transition made with {@code If-Match: etag}, read beforehand (a race: every contender read the same version). */
    public static ValidatableResponse step(String token, String id, String transition, String reason, String etag) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? "{}" : json(Map.of("reason", reason)));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post(REQUESTS + "/{id}/" + transition, id).then();
    }

    /** The ETag of what {@code token} reads at {@code path}; null when it reads nothing there. */
    public static String etag(String token, String path) {
        var read = given().auth().oauth2(token).get(path).then().extract();
        return read.statusCode() == 200 ? read.header("ETag") : null;
    }

    /** The employer pulls out (désistement), sent by {@code token} with the ETag it read. */
    public static ValidatableResponse withdrawIntention(String token, String id, String reason) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(json(Map.of("reason", reason)));
        String etag = etag(token, "/api/v1/hiring-intentions/" + id);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post("/api/v1/hiring-intentions/{id}/withdraw", id).then();
    }

    /** Draft → submitted → under review, by the submitter and the Region. */
    public static void toReview(String siret, String id) {
        step(Tokens.trainingBody(siret), id, "submit", null).statusCode(200);
        step(Tokens.regionOfficer(), id, "start-review", null).statusCode(200);
    }

    /** How many hiring intentions of one employer the Region sees. */
    public static long intentionCount(String employerSiret) {
        return Long.parseLong(field(given().auth().oauth2(Tokens.regionOfficer()).queryParam("employer_siret", employerSiret)
                .get(INTENTIONS).then().statusCode(200).extract().asString(), "total"));
    }

    /**
     * A top-level field of a JSON answer, read with Jackson: what the helpers need to go on. (RestAssured's
     * {@code path(...)} compiles a Groovy script each time, some milliseconds a call; assertions keep using it.)
     */
    public static String field(String json, String name) {
        try {
            com.fasterxml.jackson.databind.JsonNode value = JSON.readTree(json).get(name);
            if (value == null || value.isNull()) {
                throw new AssertionError("no " + name + " in " + json);
            }
            return value.asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}

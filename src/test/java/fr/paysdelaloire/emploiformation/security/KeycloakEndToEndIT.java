package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.dev.RealmClients;
import fr.paysdelaloire.emploiformation.support.OidcProviderResource;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * The packaged application in prod mode against a real Keycloak 26.4.7 with the realm of k8s/keycloak/:
 * client-credentials tokens of each demo client walk a whole story, and the cross-organisation refusals
 * hold. Runs when {@code e2e.oidc.url} names the realm (.ci/run starts Keycloak with scripts/keycloak-dev.sh).
 */
@QuarkusIntegrationTest
@EnabledIfSystemProperty(named = OidcProviderResource.EXTERNAL_PROVIDER, matches = ".+")
class KeycloakEndToEndIT {

    static final Map<String, RealmClients.Client> CLIENTS = RealmClients.load(RealmClients.REALM_FILE);

    static String token(String clientId) {
        RealmClients.Client client = CLIENTS.get(clientId);
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId())
                .formParam("client_secret", client.secret())
                .post(System.getProperty(OidcProviderResource.EXTERNAL_PROVIDER) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void eachDemoClientWalksTheStoryAndOrganisationsStayApart() {
        String platform = token("nosemplois");
        String mandataire = token("of-mandataire-demo");
        String coTraitant = token("of-cotraitant-demo");
        String validator = token("france-travail-demo");
        String region = token("region-tool");
        String publisher = token("cariforef");
        String mandataireSiret = CLIENTS.get("of-mandataire-demo").claims().get("org_siret");
        String coTraitantSiret = CLIENTS.get("of-cotraitant-demo").claims().get("org_siret");

        // the Region records a lot held by the demo mandataire with the demo co-traitant
        String lot = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(region).contentType(ContentType.JSON).body(Workflow.json(Map.of(
                "label", "Lot de bout en bout", "sector", "CONSTRUCTION", "departments", List.of("44"),
                "price_per_trainee_hour", 14.5, "minimum_order_hours", 1000, "mandataire_siret", mandataireSiret,
                "mandataire_name", "Mandataire démo", "mandataire_nda", "52440123444",
                "members", List.of(Map.of("siret", coTraitantSiret, "name", "Co-traitant démo", "nda", "52440987644")))))
                .put("/api/v1/lots/{code}", lot).then().statusCode(201);

        // nosemplois pushes five hiring intentions naming the mandataire
        List<String> intentions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> intention = new LinkedHashMap<>();
            intention.put("external_id", "e2e-" + UUID.randomUUID());
            intention.put("employer", Map.of("siret", Sirets.random(), "name", "E", "department", "44", "commune_insee", "44109"));
            intention.put("job", Map.of("title", "Maçon", "rome_code", "F1703"));
            intention.put("positions", 1);
            intention.put("contract", Map.of("type", "CDI", "weekly_hours", 35));
            intention.put("target", Map.of("certification_code", "RNCP35185"));
            intention.put("employer_involvement", List.of("IMMERSION"));
            intention.put("proof", Map.of("channel", "PLATFORM", "received_on", "2026-11-20"));
            intention.put("training_body_siret", mandataireSiret);
            intentions.add(given().auth().oauth2(platform).contentType(ContentType.JSON).body(Workflow.json(intention))
                    .post("/api/v1/hiring-intentions").then().statusCode(201).body("status", equalTo("ELIGIBLE"))
                    .extract().path("id"));
        }

        // the mandataire requests a session; the Region instructs and authorises it
        String session = given().auth().oauth2(mandataire).contentType(ContentType.JSON)
                .body(Workflow.json(Workflow.request(lot, intentions, 5))).post(Workflow.REQUESTS).then().statusCode(201)
                .extract().path("id");
        Workflow.step(mandataire, session, "submit", null).statusCode(200);
        Workflow.step(region, session, "start-review", null).statusCode(200);
        Workflow.step(region, session, "authorise", "OK").statusCode(200).body("status", equalTo("AUTHORISED"));

        // France Travail positions a validated candidate
        String candidate = given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("france_travail_id", String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "E",
                        "first_name", "A", "last_name", "B", "department", "44", "situation", "JOB_SEEKER", "business_creation_project", false)))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().auth().oauth2(validator).post("/api/v1/candidates/{id}/validate", candidate).then().statusCode(200);
        given().auth().oauth2(validator).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("candidate_id", candidate, "hiring_intention_id", intentions.get(0))))
                .post(Workflow.REQUESTS + "/{id}/paths", session).then().statusCode(201);

        // Cariforef publishes it
        given().auth().oauth2(publisher).queryParam("limit", 500).get("/api/v1/publication/sessions").then().statusCode(200)
                .body("items.id", hasItem(session));
        given().auth().oauth2(publisher).get("/api/v1/publication/sessions.xml").then().statusCode(200);

        // organisations stay apart
        assertEquals(404, given().auth().oauth2(coTraitant).get(Workflow.REQUESTS + "/{id}", session).then().extract().statusCode());
        assertEquals(404, given().auth().oauth2(coTraitant).get("/api/v1/candidates/{id}", candidate).then().extract().statusCode());
        assertEquals(404, given().auth().oauth2(publisher).get("/api/v1/candidates/{id}", candidate).then().extract().statusCode());
        assertEquals(404, given().auth().oauth2(platform).get("/api/v1/candidates/{id}", candidate).then().extract().statusCode());
        assertEquals(403, given().auth().oauth2(platform).get(Workflow.REQUESTS + "/{id}", session).then().extract().statusCode());
        assertEquals(403, given().auth().oauth2(publisher).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/lots/{code}", lot).then().extract().statusCode());
        assertEquals(200, given().auth().oauth2(mandataire).get(Workflow.REQUESTS + "/{id}", session).then().extract().statusCode());

        // the business counters moved during the story
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("ef_hiring_intentions_received_total{outcome=\"ELIGIBLE\"} 5.0"), "intentions counted");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("ef_session_requests_decided_total{decision=\"AUTHORISED\"} 1.0"), "authorisation counted");
    }

    @Test
    void tokensThatAreNotTheRealmsAre401() {
        String good = token("region-tool");
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String foreign = fr.paysdelaloire.emploiformation.support.Tokens.foreignKey();
        for (String bad : List.of(tampered, foreign, "not-a-jwt")) {
            given().auth().oauth2(bad).get("/api/v1/sectors").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/sectors").then().statusCode(401);
        given().auth().oauth2(good).get("/api/v1/sectors").then().statusCode(200);
    }
}

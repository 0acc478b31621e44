package fr.paysdelaloire.emploiformation.session;

import static fr.paysdelaloire.emploiformation.support.Workflow.COTRAITANT;
import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static fr.paysdelaloire.emploiformation.support.Workflow.REQUESTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Parallel;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class SessionRequestWorkflowTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void theRegionSeesHowManyIntentionsLackAnImmersion_andTheRequestStaysAcceptable_issue25() {
        String lot = Workflow.lot();
        List<String> intentions = new ArrayList<>(Workflow.intentions(MANDATAIRE, 3));
        String mandataire = Tokens.trainingBody(MANDATAIRE);
        for (List<String> steps : List.of(List.of("CANDIDATE_SELECTION", "FINAL_JURY"), List.<String>of())) {
            intentions.add(Workflow.intention(mandataire, MANDATAIRE, 1, null, fr.paysdelaloire.emploiformation.support.Sirets.random(),
                    steps));
        }
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, 5));
        Workflow.step(mandataire, id, "submit", null).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("evaluation.outcome", equalTo("ELIGIBLE"))
                .body("intentions_without_immersion", equalTo(2));
        String region = Tokens.regionOfficer();
        given().auth().oauth2(region).get(REQUESTS + "/{id}", id).then().statusCode(200)
                .body("places_committed", equalTo(5))
                .body("intentions_without_immersion", equalTo(2));
        given().auth().oauth2(region).get("/api/v1/instruction-queue").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.intentions_without_immersion", equalTo(2));
        // the employer withdraws one of them (§6): it no longer counts
        Workflow.withdrawIntention(mandataire, intentions.get(4), "L'employeur renonce").statusCode(200);
        given().auth().oauth2(region).get(REQUESTS + "/{id}", id).then().statusCode(200)
                .body("intentions_without_immersion", equalTo(1));
    }

    @Test
    void aLotReachingBeyondTheRegionTakesTrainingThere_andAnEmployerOutsideKeepsItsDerogationPath_issue25() {
        String region = Tokens.regionOfficer();
        Map<String, Object> lot = new java.util.LinkedHashMap<>(Map.of("label", "Lot du bassin de Redon", "sector", "CONSTRUCTION",
                "departments", List.of("44", "35"), "price_per_trainee_hour", 14.5, "minimum_order_hours", 10000,
                "mandataire_siret", MANDATAIRE, "mandataire_name", "Mandataire", "mandataire_nda", "52440123444"));
        String code = "S-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // §1: beyond the Region only when the Region records why
        given().auth().oauth2(region).contentType(ContentType.JSON).body(lot).put("/api/v1/lots/{code}", code).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("beyond_region"));
        given().auth().oauth2(region).get("/api/v1/lots/{code}", code).then().statusCode(404);
        code = Workflow.lot("CONSTRUCTION", List.of("44", "35"), "Bassin d'emploi de Redon (décision du 12/01/2027)", MANDATAIRE,
                COTRAITANT, new Workflow.BigDecimalString("14.50"));
        given().auth().oauth2(region).get("/api/v1/lots/{code}", code).then().statusCode(200)
                .body("departments", containsInAnyOrder("35", "44"))
                .body("beyond_region", containsString("Redon"));
        given().auth().oauth2(region).queryParam("department", "35").get("/api/v1/lots").then().statusCode(200)
                .body("items.code", hasItem(code))
                .body("items.departments", everyItem(hasItem("35")));

        String mandataire = Tokens.trainingBody(MANDATAIRE);
        List<String> intentions = Workflow.intentions(MANDATAIRE, 5);
        Map<String, Object> body = Workflow.request(code, intentions, 5);
        body.put("locations", List.of(Map.of("commune_insee", "35236", "label", "3 quai de l'Écluse", "postcode", "35600",
                "city", "Redon")));
        String id = Workflow.draft(MANDATAIRE, body);
        Workflow.step(mandataire, id, "submit", null).statusCode(200)
                .body("evaluation.rules.find { it.rule == 'TERRITORY' }.outcome", equalTo("PASS"));
        // an employer in a bordering département keeps the derogation of its own intention (§1), whatever the lot's reach
        Map<String, Object> outside = new java.util.LinkedHashMap<>(Map.of("external_id", "wf-" + java.util.UUID.randomUUID(),
                "employer", Map.of("siret", fr.paysdelaloire.emploiformation.support.Sirets.random(), "name", "Chantiers de Redon",
                        "department", "35", "commune_insee", "35236"),
                "job", Map.of("title", "Maçon", "rome_code", "F1703"), "positions", 1,
                "contract", Map.of("type", "CDI", "weekly_hours", 35), "target", Map.of("certification_code", "RNCP35185"),
                "employer_involvement", List.of("IMMERSION"), "proof", Map.of("channel", "EMAIL", "received_on", "2026-11-20"),
                "training_body_siret", MANDATAIRE));
        given().auth().oauth2(mandataire).contentType(ContentType.JSON).body(outside).post("/api/v1/hiring-intentions").then()
                .statusCode(201)
                .body("eligibility.rules.find { it.rule == 'EMPLOYER_LOCATION' }.outcome", equalTo("NEEDS_DEROGATION"));
    }

    @Test
    void theWholeStoryFromIntentionsToACompletedSession() {
        String lot = Workflow.lot();
        List<String> intentions = Workflow.intentions(MANDATAIRE, 5);
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, 5));
        String mandataire = Tokens.trainingBody(MANDATAIRE);
        String region = Tokens.regionOfficer();

        given().auth().oauth2(mandataire).get(REQUESTS + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("places_committed", equalTo(5))
                .body("allowed_transitions", containsInAnyOrder("submit", "withdraw"));
        given().auth().oauth2(region).get("/api/v1/hiring-intentions/{id}", intentions.get(0)).then()
                .body("status", equalTo("ATTACHED"));

        Workflow.step(mandataire, id, "submit", null).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("evaluation.outcome", equalTo("ELIGIBLE"))
                .body("first_submitted_at", notNullValue());
        Workflow.step(region, id, "start-review", null).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        Workflow.step(region, id, "request-information", null).statusCode(400).body("violations.field", hasItem("reason"));
        Workflow.step(region, id, "request-information", "Préciser le calendrier des immersions").statusCode(200)
                .body("status", equalTo("INFORMATION_REQUESTED"));
        given().auth().oauth2(region).get("/api/v1/instruction-queue").then().statusCode(200)
                .body("items.id", hasItem(id));
        Workflow.step(mandataire, id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        Workflow.step(region, id, "start-review", null).statusCode(200);
        String orderId = Workflow.step(region, id, "authorise", "Projet complet, employeurs engagés").statusCode(200)
                .body("status", equalTo("AUTHORISED"))
                .body("purchase_order_id", notNullValue())
                .extract().path("purchase_order_id");

        // 750 h × 5 paths × 14.50 €
        given().auth().oauth2(mandataire).get("/api/v1/purchase-orders/{id}", orderId).then().statusCode(200)
                .body("mandataire_siret", equalTo(MANDATAIRE))
                .body("paths", equalTo(5))
                .body("trainee_hours", equalTo(3750.0f))
                .body("session_request_ids", equalTo(List.of(id)))
                .body("amount", equalTo(54375.0f))
                .body("number", containsString("BC-"));
        for (String intention : intentions) {
            given().auth().oauth2(region).get("/api/v1/hiring-intentions/{id}", intention).then().body("status", equalTo("COVERED"));
        }

        Workflow.step(mandataire, id, "start", null).statusCode(200).body("status", equalTo("STARTED"));
        Workflow.step(mandataire, id, "complete", null).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("allowed_transitions", hasSize(0));
        given().auth().oauth2(region).get(REQUESTS + "/{id}/history", id).then().statusCode(200)
                .body("items.to", equalTo(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED", "SUBMITTED",
                        "UNDER_REVIEW", "AUTHORISED", "STARTED", "COMPLETED")))
                .body("items[3].reason", equalTo("Préciser le calendrier des immersions"))
                .body("items[6].actor", equalTo("region-officer:region-tool"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fourPlacesWithNeitherAnExceptionNorADeclaredBalanceCannotBeSubmittedButCompletingAGroupCan() {
        String lot = Workflow.lot();
        String small = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 4), 4));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), small, "submit", null).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("GROUP_SIZE"))
                .body("eligibility.rules.find { it.rule == 'GROUP_SIZE' }.outcome", equalTo("FAIL"))
                .body("eligibility.rules.find { it.rule == 'GROUP_SIZE' }.message", containsString("financial_balance"));
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}", small).then().body("status", equalTo("DRAFT"));

        Map<String, Object> completing = Workflow.request(lot, Workflow.intentions(MANDATAIRE, 4), 4);
        ((Map<String, Object>) completing.get("modalities")).put("completes_existing_group", true);
        String group = Workflow.draft(MANDATAIRE, completing);
        Workflow.toReview(MANDATAIRE, group);
        Workflow.step(Tokens.regionOfficer(), group, "authorise", "Complète un groupe d'apprentis").statusCode(200)
                .body("status", equalTo("AUTHORISED"));
    }

    /**
     * Issue #19 (5), §5: « la Région ne voit pas d'inconvénient à ouvrir une session avec moins de cinq stagiaires, si
     * l'organisme de formation y trouve un équilibre financier »: the body declares it, the Region reads it when
     * instructing and authorises — no derogation round-trip; GROUP_SIZE admits none any more.
     */
    @Test
    void aGroupUnderFiveIsAuthorisedOnTheBodysDeclaredFinancialBalanceWithoutADerogation() {
        String lot = Workflow.lot();
        Map<String, Object> body = Workflow.request(lot, Workflow.intentions(MANDATAIRE, 3), 3);
        body.put("financial_balance", "Équilibre financier trouvé avec un groupe de trois");
        String id = Workflow.draft(MANDATAIRE, body);
        Workflow.toReview(MANDATAIRE, id);
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}", id).then()
                .body("financial_balance", equalTo("Équilibre financier trouvé avec un groupe de trois"))
                .body("evaluation.rules.find { it.rule == 'GROUP_SIZE' }.outcome", equalTo("PASS"))
                .body("evaluation.rules.find { it.rule == 'GROUP_SIZE' }.message",
                        containsString("« Équilibre financier trouvé avec un groupe de trois »"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("subject_type", "SESSION_REQUEST", "subject_id", id, "rule", "GROUP_SIZE",
                        "justification", "x")))
                .post("/api/v1/derogations").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("GROUP_SIZE admits no derogation"));
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "Équilibre déclaré").statusCode(200)
                .body("status", equalTo("AUTHORISED"));
        // a rule that passes or fails admits none
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("subject_type", "SESSION_REQUEST", "subject_id", id, "rule", "SECTOR",
                        "justification", "x")))
                .post("/api/v1/derogations").then().statusCode(422).contentType(PROBLEM);
    }

    /**
     * Issue #17 (4): a TERRITORY derogation granted for training in Vendée still counted after the request moved to
     * another département. It lapses with its facts: the request cannot be authorised on it, its history and its
     * evaluation say why.
     */
    @Test
    void aSessionDerogationLapsesWhenThePlacesOfTrainingChange() {
        String lot = Workflow.lot();
        List<String> intentions = Workflow.intentions(MANDATAIRE, 5);
        Map<String, Object> body = Workflow.request(lot, intentions, 5);
        body.put("locations", List.of(Map.of("commune_insee", "85191", "label", "1 rue A", "postcode", "85000", "city", "La Roche-sur-Yon")));
        String id = Workflow.draft(MANDATAIRE, body);
        Workflow.toReview(MANDATAIRE, id);
        String territory = derogation(id, "TERRITORY");
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/derogations/{id}", territory).then()
                .body("facts.training_departments", equalTo("85"));
        Workflow.step(Tokens.regionOfficer(), id, "request-information", "Précisez le lieu").statusCode(200);

        // training in Mayenne: the derogation was not decided on that
        body.put("locations", List.of(Map.of("commune_insee", "53130", "label", "1 rue B", "postcode", "53000", "city", "Laval")));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .header("If-Match", Workflow.etag(Tokens.trainingBody(MANDATAIRE), REQUESTS + "/" + id))
                .body(Workflow.json(body)).put(REQUESTS + "/{id}", id).then().statusCode(200)
                .body("evaluation.rules.find { it.rule == 'TERRITORY' }.message", containsString(territory + " ne vaut plus"));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/derogations/{id}", territory).then()
                .body("status", equalTo("LAPSED")).body("lapse_reason", containsString("modifiée"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(REQUESTS + "/{id}/history", id).then()
                .body("items.reason", hasItem(containsString("Dérogation TERRITORY (" + territory + ") caduque")));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "submit", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), id, "start-review", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(422)
                .body("eligibility.rules.find { it.rule == 'TERRITORY' }.outcome", equalTo("NEEDS_DEROGATION"));
    }

    static String derogation(String request, String rule) {
        String id = given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("subject_type", "SESSION_REQUEST", "subject_id", request, "rule", rule,
                        "justification", "Justifié")))
                .post("/api/v1/derogations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"reason\":\"Accepté\"}")
                .post("/api/v1/derogations/{id}/grant", id).then().statusCode(200).body("status", equalTo("GRANTED"));
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIntentionAwaitingItsDerogationBecomesEligibleWhenGranted() {
        String lot = Workflow.lot();
        List<String> intentions = new ArrayList<>(Workflow.intentions(MANDATAIRE, 4));
        String shortCdd = Workflow.intention(MANDATAIRE, 1, 4);
        intentions.add(shortCdd);
        Map<String, Object> body = Workflow.request(lot, intentions, 4);
        ((Map<String, Object>) body.get("modalities")).put("completes_existing_group", true);
        String id = Workflow.draft(MANDATAIRE, body);
        Workflow.toReview(MANDATAIRE, id);
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(422)
                .body("eligibility.outcome", equalTo("NEEDS_DEROGATION"))
                .body("eligibility.rules.find { it.rule == 'INTENTIONS' }.outcome", equalTo("NEEDS_DEROGATION"));
        String derogation = given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Workflow.json(Map.of("subject_type", "HIRING_INTENTION", "subject_id", shortCdd, "rule", "CONTRACT_TYPE",
                        "justification", "Emploi saisonnier")))
                .post("/api/v1/derogations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"reason\":\"Saisonnalité avérée\"}")
                .post("/api/v1/derogations/{id}/grant", derogation).then().statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", shortCdd).then()
                .body("eligibility.outcome", equalTo("ELIGIBLE"))
                .body("eligibility.rules.find { it.rule == 'CONTRACT_TYPE' }.derogation_id", equalTo(derogation));
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "Dérogation accordée").statusCode(200)
                .body("evaluation.outcome", equalTo("ELIGIBLE"))
                .body("places_committed", equalTo(5));
    }

    @Test
    void aTrainingOfAnotherSectorIsRefusedOnSubmit() {
        String lot = Workflow.lot();
        Map<String, Object> body = Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5);
        body.put("training_sector", "NUMERIQUE");
        String id = Workflow.draft(MANDATAIRE, body);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "submit", null).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("SECTOR"))
                .body("eligibility.rules.find { it.rule == 'SECTOR' }.outcome", equalTo("FAIL"))
                .body("eligibility.rules.find { it.rule == 'SECTOR' }.faq_ref", equalTo("§2"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(REQUESTS + "/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void morePlacesThanCommittedPositionsAreRefusedOnSubmit() {
        String lot = Workflow.lot();
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 6));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "submit", null).statusCode(422)
                .body("eligibility.rules.find { it.rule == 'PLACES' }.outcome", equalTo("FAIL"));
    }

    @Test
    void illegalTransitionsAre409WithTheAllowedOnes() {
        String lot = Workflow.lot();
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        Workflow.step(Tokens.regionOfficer(), id, "start-review", null).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("allowed now: submit, withdraw"));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "complete", null).statusCode(409);
        // roles: a training body does not instruct, the Region does not submit
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "authorise", "x").statusCode(403);
        Workflow.step(Tokens.regionOfficer(), id, "submit", null).statusCode(403);
        // issue #17 (8): a transition without If-Match is 428 and changes nothing; with it (and no body at all), 200
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).post(REQUESTS + "/{id}/submit", id)
                .then().statusCode(428).contentType(PROBLEM).body("code", equalTo("PRECONDITION_REQUIRED"));
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}", id).then().body("status", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .header("If-Match", Workflow.etag(Tokens.trainingBody(MANDATAIRE), REQUESTS + "/" + id))
                .post(REQUESTS + "/{id}/submit", id).then().statusCode(200);
    }

    @Test
    void aStaleIfMatchIs412AndTwoOfficersAuthorisingAtOnceGetOneSuccess() throws Exception {
        String lot = Workflow.lot();
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        Workflow.toReview(MANDATAIRE, id);
        given().auth().oauth2(Tokens.regionOfficer()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"reason\":\"OK\"}").post(REQUESTS + "/{id}/authorise", id).then().statusCode(412).contentType(PROBLEM);
        String etag = given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}", id).then().extract().header("ETag");
        List<Callable<Integer>> calls = new ArrayList<>();
        calls.add(() -> given().auth().oauth2(Tokens.client("officer-a", "region-officer", Map.of())).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"reason\":\"A\"}").post(REQUESTS + "/{id}/authorise", id).statusCode());
        calls.add(() -> given().auth().oauth2(Tokens.client("officer-b", "region-officer", Map.of())).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"reason\":\"B\"}").post(REQUESTS + "/{id}/authorise", id).statusCode());
        List<Integer> statuses = Parallel.all(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().anyMatch(s -> s == 409 || s == 412), statuses.toString());
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/purchase-orders").then().statusCode(200)
                .body("findAll { it.session_request_ids.contains('" + id + "') }", hasSize(1));
    }

    @Test
    void aCotraitantsRequestInformsItsMandataireAndStaysInsideTheGroupement() {
        String lot = Workflow.lot();
        String id = Workflow.draft(COTRAITANT, Workflow.request(lot, Workflow.intentions(COTRAITANT, 5), 5));
        Workflow.step(Tokens.trainingBody(COTRAITANT), id, "submit", null).statusCode(200)
                .body("mandataire_informed_at", notNullValue());
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(REQUESTS + "/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(REQUESTS).then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}/history", id).then()
                .body("items[1].reason", containsString("Mandataire " + MANDATAIRE + " informé (§9)"));
        // another groupement's body sees nothing of it
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get(REQUESTS + "/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE)).get(REQUESTS).then().body("id", not(hasItem(id)));
        // a co-traitant does not see the mandataire's own requests
        String mine = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        given().auth().oauth2(Tokens.trainingBody(COTRAITANT)).get(REQUESTS + "/{id}", mine).then().statusCode(404);
        // the purchase order goes to the mandataire, whoever submitted (§9)
        Workflow.step(Tokens.regionOfficer(), id, "start-review", null).statusCode(200);
        String order = Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(200).extract().path("purchase_order_id");
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/purchase-orders/{id}", order).then().statusCode(200)
                .body("mandataire_siret", equalTo(MANDATAIRE));
        given().auth().oauth2(Tokens.trainingBody(COTRAITANT)).get("/api/v1/purchase-orders/{id}", order).then().statusCode(404);
    }

    /** Issue #19 (7): a request is withdrawn until it is decided; a co-traitant's request is its own to move (§9). */
    @Test
    void aCotraitantMovesItsOwnRequestAndWithdrawsItUntilTheRegionDecides() {
        String lot = Workflow.lot();
        String cotraitant = Tokens.trainingBody(COTRAITANT);
        String mandataire = Tokens.trainingBody(MANDATAIRE);
        String region = Tokens.regionOfficer();

        // waiting for information: the co-traitant withdraws it, not its mandataire; the intentions are free again
        List<String> waiting = Workflow.intentions(COTRAITANT, 5);
        String asked = Workflow.draft(COTRAITANT, Workflow.request(lot, waiting, 5));
        Workflow.toReview(COTRAITANT, asked);
        Workflow.step(region, asked, "request-information", "Préciser les lieux").statusCode(200);
        Workflow.step(mandataire, asked, "withdraw", null).statusCode(403).contentType(PROBLEM);
        Workflow.step(cotraitant, asked, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(region).get("/api/v1/hiring-intentions/{id}", waiting.get(0)).then().body("status", equalTo("ELIGIBLE"));

        // under review: withdrawn as well
        String reviewed = Workflow.draft(COTRAITANT, Workflow.request(lot, Workflow.intentions(COTRAITANT, 5), 5));
        Workflow.toReview(COTRAITANT, reviewed);
        Workflow.step(cotraitant, reviewed, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));

        // authorised: the mandataire reads it and holds the order, but neither cancels, starts nor completes it
        String id = Workflow.draft(COTRAITANT, Workflow.request(lot, Workflow.intentions(COTRAITANT, 5), 5));
        Workflow.toReview(COTRAITANT, id);
        Workflow.step(region, id, "authorise", "OK").statusCode(200);
        Workflow.step(cotraitant, id, "withdraw", null).statusCode(409);
        for (String move : List.of("cancel", "start")) {
            Workflow.step(mandataire, id, move, null).statusCode(403).contentType(PROBLEM);
        }
        Workflow.step(cotraitant, id, "start", null).statusCode(200).body("status", equalTo("STARTED"));
        Workflow.step(mandataire, id, "complete", null).statusCode(403).contentType(PROBLEM);
        Workflow.step(cotraitant, id, "complete", null).statusCode(200).body("status", equalTo("COMPLETED"));
        given().auth().oauth2(mandataire).get(REQUESTS + "/{id}", id).then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    /** Issue #19 (3): a new calendar agreed with the employers, decided by the Region; the feed follows (§6). */
    @Test
    void aNewCalendarIsProposedByTheBodyDecidedByTheRegionAndTheFeedCarriesIt() {
        String lot = Workflow.lot();
        String body = Tokens.trainingBody(MANDATAIRE);
        String region = Tokens.regionOfficer();
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        String calendar = REQUESTS + "/{id}/calendar";
        String april = "{\"start_date\":\"2027-04-05\",\"end_date\":\"2027-10-29\",\"employers_agreed\":true,\"reason\":\"Recrutement à compléter\"}";
        // not before the authorisation
        given().auth().oauth2(body).header("If-Match", Workflow.etag(body, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body(april).post(calendar, id).then().statusCode(409).contentType(PROBLEM);
        Workflow.toReview(MANDATAIRE, id);
        Workflow.step(region, id, "authorise", "OK").statusCode(200);

        // the employers must have agreed; the ETag is required
        given().auth().oauth2(body).header("If-Match", Workflow.etag(body, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body(april.replace("\"employers_agreed\":true", "\"employers_agreed\":false")).post(calendar, id).then()
                .statusCode(400).body("violations.field", hasItem("employers_agreed"));
        given().auth().oauth2(body).contentType(ContentType.JSON).body(april).post(calendar, id).then().statusCode(428);
        given().auth().oauth2(body).header("If-Match", Workflow.etag(body, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body(april).post(calendar, id).then().statusCode(200)
                .body("start_date", equalTo("2027-03-01"))
                .body("pending_calendar.start_date", equalTo("2027-04-05"))
                .body("pending_calendar.proposed_by", equalTo("training-body:" + MANDATAIRE));

        // refused: the dates stay; proposed again and accepted: they change, and the feed carries them
        given().auth().oauth2(region).header("If-Match", Workflow.etag(region, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body("{}").post(calendar + "/refuse", id).then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(region).header("If-Match", Workflow.etag(region, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Un employeur n'a pas confirmé\"}").post(calendar + "/refuse", id).then().statusCode(200)
                .body("start_date", equalTo("2027-03-01")).body("pending_calendar", nullValue());
        given().auth().oauth2(region).header("If-Match", Workflow.etag(region, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body("{}").post(calendar + "/accept", id).then().statusCode(409);
        given().auth().oauth2(body).header("If-Match", Workflow.etag(body, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body(april).post(calendar, id).then().statusCode(200);
        given().auth().oauth2(region).header("If-Match", Workflow.etag(region, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body("{}").post(calendar + "/accept", id).then().statusCode(200)
                .body("start_date", equalTo("2027-04-05")).body("end_date", equalTo("2027-10-29")).body("pending_calendar", nullValue());
        given().auth().oauth2(region).get(REQUESTS + "/{id}/history", id).then().statusCode(200)
                .body("items.reason", hasItem(containsString("Nouveau calendrier refusé")))
                .body("items[-1].reason", containsString("Nouveau calendrier accepté : du 2027-04-05 au 2027-10-29 (était du 2027-03-01 au 2027-09-30)"));
        given().auth().oauth2(Tokens.publisher()).queryParam("updated_since", java.time.OffsetDateTime.now().minusMinutes(2).toString())
                .queryParam("limit", 500).get("/api/v1/publication/sessions").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.start_date", equalTo("2027-04-05"))
                .body("items.find { it.id == '" + id + "' }.end_date", equalTo("2027-10-29"));
        String lheo = given().auth().oauth2(Tokens.publisher()).get("/api/v1/publication/sessions.xml").then().statusCode(200)
                .extract().asString();
        String mine = lheo.substring(lheo.indexOf(id) - 1);
        assertTrue(mine.contains("<debut>20270405</debut>") && mine.contains("<fin>20271029</fin>"), "the LHEO export carries the new dates");

        // once started, no new calendar
        Workflow.step(body, id, "start", null).statusCode(200);
        given().auth().oauth2(body).header("If-Match", Workflow.etag(body, REQUESTS + "/" + id)).contentType(ContentType.JSON)
                .body(april).post(calendar, id).then().statusCode(409);
    }

    @Test
    void bodiesOutsideTheGroupementCannotMakeRequestsNorAttachOthersIntentions() {
        String lot = Workflow.lot();
        Workflow.create(Tokens.trainingBody(Workflow.OTHER_MANDATAIRE), Workflow.request(lot, List.of(), 5)).statusCode(403);
        String foreign = Workflow.intention(Workflow.OTHER_MANDATAIRE, 1, null);
        Workflow.create(Tokens.trainingBody(MANDATAIRE), Workflow.request(lot, List.of(foreign), 1)).statusCode(404);
        Workflow.create(Tokens.validator(), Workflow.request(lot, List.of(), 5)).statusCode(403);
        // an unapproved subcontractor may draft but not submit (§2, §9)
        String sub = Workflow.draft(Workflow.SUBCONTRACTOR, Workflow.request(lot, Workflow.intentions(Workflow.SUBCONTRACTOR, 5), 5));
        Workflow.step(Tokens.trainingBody(Workflow.SUBCONTRACTOR), sub, "submit", null).statusCode(422)
                .body("eligibility.rules.find { it.rule == 'SUBMITTER' }.outcome", equalTo("FAIL"));
    }

    @Test
    void anIntentionGoesToOneOpenRequestOnly() {
        String lot = Workflow.lot();
        List<String> intentions = Workflow.intentions(MANDATAIRE, 5);
        String first = Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, 5));
        Workflow.create(Tokens.trainingBody(MANDATAIRE), Workflow.request(lot, intentions.subList(0, 1), 1)).statusCode(409);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), first, "withdraw", null).statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", intentions.get(0)).then()
                .body("status", equalTo("ELIGIBLE"));
        Workflow.create(Tokens.trainingBody(MANDATAIRE), Workflow.request(lot, intentions.subList(0, 1), 1)).statusCode(201);
    }

    @Test
    void aWithdrawalBeforeTheAuthorisationLowersThePlacesAndAfterTheStartTheSessionGoesOn() {
        String lot = Workflow.lot();
        List<String> intentions = Workflow.intentions(MANDATAIRE, 6);
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, 6));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "submit", null).statusCode(200);
        Workflow.withdrawIntention(Tokens.trainingBody(MANDATAIRE), intentions.get(0), "Poste pourvu").statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}", id).then()
                .body("places", equalTo(5)).body("places_committed", equalTo(5))
                .body("evaluation.rules.find { it.rule == 'PLACES' }.outcome", equalTo("PASS"));
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}/history", id).then()
                .body("items[-1].reason", containsString("places 6 → 5"));
        Workflow.step(Tokens.regionOfficer(), id, "start-review", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), id, "authorise", "OK").statusCode(200);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "start", null).statusCode(200);
        Workflow.withdrawIntention(Tokens.trainingBody(MANDATAIRE), intentions.get(1), "Désistement").statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}", id).then()
                .body("status", equalTo("STARTED")).body("places", equalTo(5));
        given().auth().oauth2(Tokens.regionOfficer()).get(REQUESTS + "/{id}/history", id).then()
                .body("items[-1].reason", containsString("la session démarrée va à son terme"))
                .body("items[-1].reason", containsString("heures complémentaires pour compléter les parcours (§6, §7)"));
    }

    @Test
    void theQueueKeepsTheOrderOfArrival() {
        String lot = Workflow.lot();
        String first = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        String second = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), first, "submit", null).statusCode(200);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), second, "submit", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), first, "start-review", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), first, "request-information", "Compléments").statusCode(200);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), first, "submit", null).statusCode(200);
        List<String> queue = given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/instruction-queue").then().statusCode(200)
                .body("items.days_waited", everyItem(equalTo(0)))
                .extract().path("items.id");
        assertTrue(queue.indexOf(first) < queue.indexOf(second), queue.toString());
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get("/api/v1/instruction-queue").then().statusCode(403);
    }

    @Test
    void theRegionCreatesSocleSessionsAuthorisedWithTheirOrder() {
        String lot = Workflow.lot();
        Map<String, Object> socle = Workflow.request(lot, List.of(), 8);
        socle.put("kind", "SOCLE");
        Workflow.create(Tokens.trainingBody(MANDATAIRE), socle).statusCode(403);
        String order = Workflow.create(Tokens.regionOfficer(), socle).statusCode(201)
                .body("status", equalTo("AUTHORISED")).body("kind", equalTo("SOCLE"))
                .extract().path("purchase_order_id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body("{\"extra_hours\":100,\"reason\":\"Certification complète\"}")
                .post("/api/v1/purchase-orders/{id}/amendments", order).then().statusCode(201)
                .body("trainee_hours", equalTo(6800.0f))
                .body("amount", equalTo(98600.0f))
                .body("amendments", hasSize(1))
                .body("amendments[0].amount", equalTo(11600.0f));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"extra_hours\":100,\"reason\":\"x\"}")
                .post("/api/v1/purchase-orders/{id}/amendments", order).then().statusCode(403);
    }

    @Test
    void theSubmitterChangesItsRequestWhileDraftAndFreesWhatItDrops() {
        String lot = Workflow.lot();
        List<String> intentions = Workflow.intentions(MANDATAIRE, 6);
        String id = Workflow.draft(MANDATAIRE, Workflow.request(lot, intentions, 6));
        String etag = given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).get(REQUESTS + "/{id}", id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Workflow.json(Workflow.request(lot, intentions.subList(0, 5), 5))).put(REQUESTS + "/{id}", id)
                .then().statusCode(200).body("places", equalTo(5)).body("hiring_intention_ids", hasSize(5));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Workflow.json(Workflow.request(lot, intentions.subList(0, 5), 5))).put(REQUESTS + "/{id}", id)
                .then().statusCode(412);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/hiring-intentions/{id}", intentions.get(5)).then()
                .body("status", equalTo("ELIGIBLE"));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "submit", null).statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .header("If-Match", Workflow.etag(Tokens.trainingBody(MANDATAIRE), REQUESTS + "/" + id))
                .body(Workflow.json(Workflow.request(lot, intentions.subList(0, 5), 5))).put(REQUESTS + "/{id}", id)
                .then().statusCode(409);
    }

    @Test
    void malformedRequestsAre400() {
        String lot = Workflow.lot();
        Map<String, Object> body = Workflow.request(lot, List.of(), 5);
        body.put("formacode", "12");
        body.put("end_date", "2027-01-01");
        body.put("certification", Map.of("kind", "RS", "code", "RNCP35185"));
        body.put("locations", List.of(Map.of("commune_insee", "44000", "label", "Nantes", "postcode", "44000", "city", "Nantes")));
        Workflow.create(Tokens.trainingBody(MANDATAIRE), body).statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("formacode", "end_date", "certification.code", "locations[0].commune_insee"));
        Map<String, Object> unknownLot = Workflow.request("NOPE-1", List.of(), 5);
        Workflow.create(Tokens.trainingBody(MANDATAIRE), unknownLot).statusCode(400).body("violations.field", hasItem("lot_code"));
    }
}

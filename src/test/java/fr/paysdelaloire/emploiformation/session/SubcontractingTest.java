package fr.paysdelaloire.emploiformation.session;

import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #25 (FAQ §2, §9): the mandataire brings a subcontractor into its lot, saying why no member can deliver; the
 * subcontractor's requests name the approval they rely on; a withdrawn approval stops its new requests, not its session
 * already authorised; the Region reads every decision.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class SubcontractingTest {

    static final String APPROVALS = "/api/v1/lots/{code}/subcontractor-approvals";
    static final String PROBLEM = "application/problem+json";

    static String approve(String lot, String siret, String reason) {
        return given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Map.of("siret", siret, "name", "Compétences Levage", "nda", "52490456749", "reason", reason))
                .post(APPROVALS, lot).then().statusCode(201)
                .body("status", equalTo("LIVE")).body("approved_by", equalTo("training-body:" + MANDATAIRE))
                .extract().path("id");
    }

    @Test
    void theMandataireApprovesThenWithdraws_andOnlyNewRequestsStop() {
        String lot = Workflow.lot();
        String sub = Sirets.random();
        String subToken = Tokens.trainingBody(sub);
        String region = Tokens.regionOfficer();

        // not in the groupement yet: no request (§2, §9)
        Workflow.create(subToken, Workflow.request(lot, Workflow.intentions(sub, 5), 5)).statusCode(403);

        // the reason is required; the mandataire and a co-traitant are not subcontractors
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Map.of("siret", sub, "name", "X", "nda", "52490456749", "reason", " ")).post(APPROVALS, lot).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Map.of("siret", Workflow.COTRAITANT, "name", "X", "nda", "52490456749", "reason", "r")).post(APPROVALS, lot)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("co-traitant"));
        String first = approve(lot, sub, "Aucun membre n'est habilité au CACES R482.");
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Map.of("siret", sub, "name", "X", "nda", "52490456749", "reason", "encore")).post(APPROVALS, lot).then()
                .statusCode(409);

        // its request carries the approval it relies on
        String running = Workflow.draft(sub, Workflow.request(lot, Workflow.intentions(sub, 5), 5));
        Workflow.step(subToken, running, "submit", null).statusCode(200)
                .body("subcontractor_approval_id", equalTo(first))
                .body("evaluation.rules.find { it.rule == 'SUBMITTER' }.outcome", equalTo("PASS"))
                .body("evaluation.rules.find { it.rule == 'SUBMITTER' }.message", containsString(first));
        Workflow.step(region, running, "start-review", null).statusCode(200);
        Workflow.step(region, running, "authorise", "OK").statusCode(200).body("status", equalTo("AUTHORISED"));
        String next = Workflow.draft(sub, Workflow.request(lot, Workflow.intentions(sub, 5), 5));

        // withdrawn: its new request stops, its authorised session goes on
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Un co-traitant a obtenu l'habilitation.")).post(APPROVALS + "/{id}/withdraw", lot, first)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawn_at", notNullValue());
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).contentType(ContentType.JSON).body(Map.of("reason", "encore"))
                .post(APPROVALS + "/{id}/withdraw", lot, first).then().statusCode(409);
        Workflow.step(subToken, next, "submit", null).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("SUBMITTER"));
        Workflow.step(subToken, running, "start", null).statusCode(200).body("status", equalTo("STARTED"));

        // approved again: the request names the new approval
        String second = approve(lot, sub, "Le co-traitant ne forme finalement qu'au printemps.");
        Workflow.step(subToken, next, "submit", null).statusCode(200).body("subcontractor_approval_id", equalTo(second));

        // the Region reads both decisions, oldest first
        given().auth().oauth2(region).get(APPROVALS, lot).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(first)).body("items[0].status", equalTo("WITHDRAWN"))
                .body("items[0].withdrawal_reason", containsString("habilitation"))
                .body("items[1].id", equalTo(second)).body("items[1].reason", containsString("printemps"));
        given().auth().oauth2(region).get(APPROVALS + "/{id}", lot, second).then().statusCode(200)
                .body("siret", equalTo(sub)).body("lot_code", equalTo(lot));
    }
}

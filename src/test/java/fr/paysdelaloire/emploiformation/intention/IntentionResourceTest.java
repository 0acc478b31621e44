package fr.paysdelaloire.emploiformation.intention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class IntentionResourceTest {

    @Inject
    DataSource dataSource;

    static final String PATH = Workflow.INTENTIONS;
    static final String PROBLEM = "application/problem+json";

    static String platform() {
        return Tokens.employerPlatform();
    }

    static String otherPlatform() {
        return Tokens.client("other-platform", "employer-platform", Map.of());
    }

    static ValidatableResponse post(String token, IntentionJson intention) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(intention.json()).post(PATH).then();
    }

    static String rule(String name) {
        return "eligibility.rules.find { it.rule == '" + name + "' }";
    }

    static long countFor(String employerSiret) {
        return Workflow.intentionCount(employerSiret);
    }

    // --- the rules through the API ------------------------------------------------------------------

    @Test
    void aSixMonthCddAt24HoursInNantesWithProofIsEligible() {
        post(platform(), IntentionJson.eligible().with("contract.weekly_hours", 24))
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("ELIGIBLE"))
                .body("eligibility.outcome", equalTo("ELIGIBLE"))
                .body("eligibility.rules.outcome", everyItem(equalTo("PASS")))
                .body("eligibility.rules.rule", containsInAnyOrder("CONTRACT_TYPE", "WEEKLY_HOURS", "EMPLOYER_LOCATION",
                        "WRITTEN_PROOF", "ONE_TRAINING_BODY"))
                .body(rule("CONTRACT_TYPE") + ".faq_ref", equalTo("§5"))
                .body(rule("WEEKLY_HOURS") + ".faq_ref", equalTo("§6"))
                .body(rule("EMPLOYER_LOCATION") + ".faq_ref", equalTo("§1"))
                .body("sender", equalTo("employer-platform:nosemplois"))
                .body("updated_at", notNullValue())
                .body("last_status_change_at", notNullValue());
    }

    @Test
    void aCieIsIneligibleButRecorded() {
        post(platform(), IntentionJson.eligible().with("contract.type", "CIE").with("contract.duration_months", null))
                .statusCode(201)
                .body("status", equalTo("INELIGIBLE"))
                .body("eligibility.outcome", equalTo("INELIGIBLE"))
                .body(rule("CONTRACT_TYPE") + ".outcome", equalTo("FAIL"))
                .body(rule("CONTRACT_TYPE") + ".faq_ref", equalTo("§3"))
                .body(rule("CONTRACT_TYPE") + ".message", containsString("CIE"));
    }

    @Test
    void aJobInAnSiaeIsIneligible() {
        post(platform(), IntentionJson.eligible().with("contract.type", "SIAE_INSERTION"))
                .statusCode(201).body(rule("CONTRACT_TYPE") + ".outcome", equalTo("FAIL"));
    }

    @Test
    void aFourMonthCddNeedsADerogation() {
        post(platform(), IntentionJson.eligible().with("contract.duration_months", 4))
                .statusCode(201)
                .body("status", equalTo("AWAITING_DEROGATION"))
                .body("eligibility.outcome", equalTo("NEEDS_DEROGATION"))
                .body(rule("CONTRACT_TYPE") + ".outcome", equalTo("NEEDS_DEROGATION"))
                .body(rule("CONTRACT_TYPE") + ".faq_ref", equalTo("§3, §8"));
    }

    @Test
    void fewerThan24HoursNeedsADerogation() {
        post(platform(), IntentionJson.eligible().with("contract.weekly_hours", 23.5))
                .statusCode(201)
                .body(rule("WEEKLY_HOURS") + ".outcome", equalTo("NEEDS_DEROGATION"))
                .body("eligibility.outcome", equalTo("NEEDS_DEROGATION"));
    }

    @Test
    void anEmployerInRennesNeedsADerogation() {
        post(platform(), IntentionJson.eligible().with("employer.department", "35").with("employer.commune_insee", "35238"))
                .statusCode(201)
                .body(rule("EMPLOYER_LOCATION") + ".outcome", equalTo("NEEDS_DEROGATION"))
                .body(rule("EMPLOYER_LOCATION") + ".faq_ref", equalTo("§1"))
                .body("eligibility.outcome", equalTo("NEEDS_DEROGATION"));
    }

    @Test
    void withoutProofItIsRecordedButIneligible() {
        post(platform(), IntentionJson.eligible().with("proof", null))
                .statusCode(201)
                .body(rule("WRITTEN_PROOF") + ".outcome", equalTo("FAIL"))
                .body(rule("WRITTEN_PROOF") + ".faq_ref", equalTo("§6"))
                .body("status", equalTo("INELIGIBLE"));
    }

    @Test
    void withoutImmersionTheAdviceSaysSo() {
        post(platform(), IntentionJson.eligible().with("employer_involvement", List.of("FINAL_JURY")))
                .statusCode(201)
                .body("eligibility.outcome", equalTo("ELIGIBLE"))
                .body("eligibility.advice.rule", containsInAnyOrder("EMPLOYER_INVOLVEMENT"));
    }

    static ValidatableResponse arbitrate(String id, String reason) {
        return given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .header("If-Match", Workflow.etag(Tokens.regionOfficer(), PATH + "/" + id))
                .body("{\"reason\":\"" + reason + "\"}").post(PATH + "/{id}/arbitration", id).then();
    }

    /**
     * Issue #17 (6): the one-training-body rule was a weapon — the first intention locked rivals out (409), and the 409
     * and the dry run told any partner which employer had committed to a body. A second body's written intention is
     * now recorded, CONTESTED, for the Region to arbitrate; nothing names the other body, and a dry run weighs only
     * what its caller may read.
     */
    @Test
    void aSecondBodysWrittenIntentionGoesToTheRegionsArbitrationAndNothingTellsWhoHoldsTheEmployer() {
        IntentionJson first = IntentionJson.eligible();
        String holder = post(Tokens.trainingBody(IntentionJson.MANDATAIRE), first).statusCode(201)
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS")).extract().path("id");
        String employer = first.get("employer.siret");
        IntentionJson second = IntentionJson.eligible().with("employer.siret", employer)
                .with("training_body_siret", IntentionJson.COTRAITANT);
        var contested = post(Tokens.trainingBody(IntentionJson.COTRAITANT), second).statusCode(201)
                .body("status", equalTo("AWAITING_DEROGATION"))
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("NEEDS_DEROGATION"))
                .body(rule("ONE_TRAINING_BODY") + ".message", containsString("la Région arbitre"))
                .body(rule("ONE_TRAINING_BODY") + ".faq_ref", equalTo("§6")).extract();
        assertFalse(contested.asString().contains(IntentionJson.MANDATAIRE), "the other body is never named");
        String challenger = contested.path("id");
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}", holder).then().body("status", equalTo("ELIGIBLE"));

        // a dry run tells no partner who holds the employer: neither a stranger nor the contesting body
        for (String token : List.of(otherPlatform(), Tokens.trainingBody(IntentionJson.COTRAITANT), Tokens.validator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(second.with("external_id", "dry-" + UUID.randomUUID()).json())
                    .post(PATH + "/validation").then().statusCode(200)
                    .body("outcome", equalTo("ELIGIBLE"))
                    .body("rules.find { it.rule == 'ONE_TRAINING_BODY' }.outcome", equalTo("PASS"))
                    .body("rules.find { it.rule == 'ONE_TRAINING_BODY' }.message", containsString("que vous pouvez consulter"));
        }
        // a platform that sent the intention holding an employer sees the conflict in its own dry run: it may read it
        IntentionJson own = IntentionJson.eligible();
        post(platform(), own).statusCode(201);
        given().auth().oauth2(platform()).contentType(ContentType.JSON)
                .body(IntentionJson.eligible().with("employer.siret", own.get("employer.siret"))
                        .with("training_body_siret", IntentionJson.COTRAITANT).json())
                .post(PATH + "/validation").then().statusCode(200)
                .body("rules.find { it.rule == 'ONE_TRAINING_BODY' }.outcome", equalTo("NEEDS_DEROGATION"));
        // another training of the same employer with the second body is no conflict
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", employer)
                .with("training_body_siret", IntentionJson.COTRAITANT).with("job.rome_code", "F1602")).statusCode(201)
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));

        // the Region arbitrates for the second body: its intention passes, the first fails the rule, both histories say why
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post(PATH + "/{id}/arbitration", challenger).then().statusCode(428);
        arbitrate(challenger, "L'employeur confirme par courriel s'engager auprès du co-traitant.").statusCode(200)
                .body("status", equalTo("ELIGIBLE"))
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"))
                .body(rule("ONE_TRAINING_BODY") + ".message", containsString("La Région a arbitré"));
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).get(PATH + "/{id}", holder).then()
                .body("status", equalTo("INELIGIBLE"))
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("FAIL"));
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).get(PATH + "/{id}/history", holder).then()
                .body("items[-1].reason", containsString("Arbitrage de la Région en faveur d'un autre organisme"))
                .body("items[-1].actor", equalTo("region-officer:region-tool"));
        // only the Region arbitrates
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).contentType(ContentType.JSON)
                .header("If-Match", "*").body("{\"reason\":\"x\"}").post(PATH + "/{id}/arbitration", holder).then().statusCode(403);
        assertEquals(3, countFor(employer));
    }

    /**
     * Issue #19 (6): "the same training" (§6) is defined: the same need sent to one body with a certification code and to
     * another as skills only is caught (CONTESTED, the Region arbitrates), and so is the reverse; two certifications for
     * the same job are two trainings.
     */
    @Test
    void theSameNeedSentOnceWithACertificationAndOnceAsSkillsIsCaught() {
        IntentionJson certified = IntentionJson.eligible();
        post(Tokens.trainingBody(IntentionJson.MANDATAIRE), certified).statusCode(201).body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
        String employer = certified.get("employer.siret");
        IntentionJson asSkills = IntentionJson.eligible().with("employer.siret", employer).with("training_body_siret", IntentionJson.COTRAITANT)
                .with("target", java.util.Map.of("skills", "Maçonnerie traditionnelle, lecture de plans, coffrage"));
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), asSkills).statusCode(201)
                .body("status", equalTo("AWAITING_DEROGATION")).body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("NEEDS_DEROGATION"));

        IntentionJson skillsFirst = IntentionJson.eligible().with("target", java.util.Map.of("skills", "Coffrage et ferraillage"));
        post(Tokens.trainingBody(IntentionJson.MANDATAIRE), skillsFirst).statusCode(201).body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", skillsFirst.get("employer.siret"))
                .with("training_body_siret", IntentionJson.COTRAITANT)).statusCode(201)
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("NEEDS_DEROGATION"));

        IntentionJson another = IntentionJson.eligible();
        post(Tokens.trainingBody(IntentionJson.MANDATAIRE), another).statusCode(201);
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", another.get("employer.siret"))
                .with("training_body_siret", IntentionJson.COTRAITANT).with("target", java.util.Map.of("certification_code", "RNCP34000")))
                .statusCode(201).body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
    }

    /** Issue #17 (4, 6): an arbitration is tied to its facts too: corrected to another employer, the chosen one frees the loser. */
    @Test
    void anArbitrationLapsesWhenTheChosenIntentionIsCorrectedAway() {
        IntentionJson first = IntentionJson.eligible();
        String loser = post(Tokens.trainingBody(IntentionJson.MANDATAIRE), first).statusCode(201).extract().path("id");
        IntentionJson chosen = IntentionJson.eligible().with("employer.siret", first.get("employer.siret"))
                .with("training_body_siret", IntentionJson.COTRAITANT);
        String winner = post(Tokens.trainingBody(IntentionJson.COTRAITANT), chosen).statusCode(201).extract().path("id");
        arbitrate(winner, "Choix de l'employeur").statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}", loser).then().body("status", equalTo("INELIGIBLE"));

        String token = Tokens.trainingBody(IntentionJson.COTRAITANT);
        given().auth().oauth2(token).header("If-Match", Workflow.etag(token, PATH + "/" + winner)).contentType(ContentType.JSON)
                .body(chosen.with("employer.siret", fr.paysdelaloire.emploiformation.support.Sirets.random()).json())
                .put(PATH + "/{id}", winner).then().statusCode(200);
        given().auth().oauth2(token).get(PATH + "/{id}/history", winner).then()
                .body("items.reason", hasItem(containsString("caduc")));
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}", loser).then()
                .body("status", equalTo("ELIGIBLE"))
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
    }

    /** Issue #17 (6): an intention without its written proof holds no employer and cannot be chosen by an arbitration. */
    @Test
    void onlyAWrittenIntentionHoldsAnEmployer() {
        IntentionJson unproven = IntentionJson.eligible().with("proof", null);
        String id = post(platform(), unproven).statusCode(201).body("status", equalTo("INELIGIBLE")).extract().path("id");
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", unproven.get("employer.siret"))
                .with("training_body_siret", IntentionJson.COTRAITANT)).statusCode(201)
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
        arbitrate(id, "x").statusCode(422).contentType(PROBLEM).body("detail", containsString("written proof"));
    }

    /** Issue #17 (6): when the intention holding the employer ends, the contested one is evaluated again and passes. */
    @Test
    void whenTheHolderIsWithdrawnTheContestedIntentionHoldsTheEmployer() {
        IntentionJson first = IntentionJson.eligible();
        String holder = post(platform(), first).statusCode(201).extract().path("id");
        String challenger = post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible()
                .with("employer.siret", first.get("employer.siret")).with("training_body_siret", IntentionJson.COTRAITANT))
                .statusCode(201).body("status", equalTo("AWAITING_DEROGATION")).extract().path("id");
        Workflow.withdrawIntention(platform(), holder, "Projet abandonné").statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.COTRAITANT)).get(PATH + "/{id}", challenger).then()
                .body("status", equalTo("ELIGIBLE"))
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.COTRAITANT)).get(PATH + "/{id}/history", challenger).then()
                .body("items[-1].from", equalTo("AWAITING_DEROGATION")).body("items[-1].to", equalTo("ELIGIBLE"))
                .body("items[-1].reason", containsString("a pris fin"));
    }

    @Test
    void aWithdrawnCommitmentFreesTheEmployer() {
        IntentionJson first = IntentionJson.eligible();
        String id = post(platform(), first).statusCode(201).extract().path("id");
        Workflow.withdrawIntention(platform(), id, "Poste pourvu").statusCode(200).body("status", equalTo("WITHDRAWN"));
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", first.get("employer.siret"))
                .with("training_body_siret", IntentionJson.COTRAITANT)).statusCode(201)
                .body("status", equalTo("ELIGIBLE")).body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
    }

    /** Issue #19 (6): the commitment ends with its session, even with no hire (§6). */
    @Test
    void aCommitmentEndsWithItsSessionEvenWithNoHire() {
        String employer = Sirets.random();
        String lot = Workflow.lot();
        List<String> intentions = new java.util.ArrayList<>(List.of(Workflow.intention(Workflow.MANDATAIRE, 1, null, employer)));
        intentions.addAll(Workflow.intentions(Workflow.MANDATAIRE, 4));
        String session = Workflow.draft(Workflow.MANDATAIRE, Workflow.request(lot, intentions, 5));
        Workflow.toReview(Workflow.MANDATAIRE, session);
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "OK").statusCode(200);
        Workflow.step(Tokens.trainingBody(Workflow.MANDATAIRE), session, "start", null).statusCode(200);
        // while the session runs, the employer is held by the mandataire for this training
        String contested = post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", employer)
                .with("training_body_siret", IntentionJson.COTRAITANT)).statusCode(201)
                .body(rule("ONE_TRAINING_BODY") + ".outcome", not(equalTo("PASS"))).extract().path("id");

        Workflow.step(Tokens.trainingBody(Workflow.MANDATAIRE), session, "complete", null).statusCode(200);
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}/history", intentions.get(0)).then()
                .body("items[-1].reason", containsString("Session terminée"));
        // the session over, no hire recorded: the other body's intention is assessed again, and the employer is free
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}", contested).then().statusCode(200)
                .body("status", equalTo("ELIGIBLE")).body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible().with("employer.siret", employer)
                .with("training_body_siret", IntentionJson.COTRAITANT).with("job.title", "Maçon VRD")).statusCode(201)
                .body(rule("ONE_TRAINING_BODY") + ".outcome", equalTo("PASS"));
    }

    @Test
    void theDryRunStoresNothing() {
        IntentionJson intention = IntentionJson.eligible().with("contract.duration_months", 4);
        given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON).body(intention.json())
                .post(PATH + "/validation").then().statusCode(200)
                .body("outcome", equalTo("NEEDS_DEROGATION"))
                .body("rules", hasSize(5));
        assertEquals(0, countFor(intention.get("employer.siret")));
    }

    // --- duplicates and idempotency -----------------------------------------------------------------

    @Test
    void aReplayOfTheSameExternalIdAnswers200WithTheSameIntention() {
        IntentionJson intention = IntentionJson.eligible();
        String id = post(platform(), intention).statusCode(201).extract().path("id");
        post(platform(), intention).statusCode(200).body("id", equalTo(id));
        // field order does not matter
        post(platform(), intention).statusCode(200).body("id", equalTo(id));
        assertEquals(1, countFor(intention.get("employer.siret")));
    }

    @Test
    void otherContentUnderTheSameExternalIdIs409PointingAtIt() {
        IntentionJson intention = IntentionJson.eligible();
        String id = post(platform(), intention).statusCode(201).extract().path("id");
        post(platform(), intention.with("positions", 3))
                .statusCode(409).contentType(PROBLEM)
                .header("Location", endsWith(PATH + "/" + id))
                .body("related", equalTo(PATH + "/" + id));
        assertEquals(1, countFor(intention.get("employer.siret")));
    }

    @Test
    void theSameExternalIdFromAnotherSenderIsAnotherIntention() {
        IntentionJson intention = IntentionJson.eligible();
        String first = post(platform(), intention).statusCode(201).extract().path("id");
        String second = post(otherPlatform(), intention).statusCode(201).extract().path("id");
        assertEquals(false, first.equals(second));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerByteForByte() {
        String key = UUID.randomUUID().toString();
        IntentionJson intention = IntentionJson.eligible();
        String first = given().auth().oauth2(platform()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(intention.json()).post(PATH).then().statusCode(201).extract().asString();
        String again = given().auth().oauth2(platform()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(intention.json()).post(PATH).then().statusCode(201).extract().asString();
        assertEquals(first, again);
        given().auth().oauth2(platform()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(intention.with("positions", 5).json()).post(PATH)
                .then().statusCode(422).contentType(PROBLEM).body("code", equalTo("UNPROCESSABLE"));
        given().auth().oauth2(platform()).header("Idempotency-Key", "has space").contentType(ContentType.JSON)
                .body(IntentionJson.eligible().json()).post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("Idempotency-Key"));
    }

    // --- who sees what --------------------------------------------------------------------------------

    @Test
    void readsAreScopedToTheCaller() {
        IntentionJson intention = IntentionJson.eligible();
        String id = post(platform(), intention).statusCode(201).extract().path("id");
        given().auth().oauth2(platform()).get(PATH + "/{id}", id).then().statusCode(200).header("ETag", notNullValue());
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).get(PATH + "/{id}", id).then().statusCode(200);
        // another platform, a training body not named: 404, existence does not leak
        given().auth().oauth2(otherPlatform()).get(PATH + "/{id}", id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.COTRAITANT)).get(PATH + "/{id}", id).then().statusCode(404);
        given().auth().oauth2(otherPlatform()).get(PATH + "/{id}/history", id).then().statusCode(404);
        // a validator reads only what it sent (issue #21), the publisher nothing here
        given().auth().oauth2(Tokens.validator()).get(PATH + "/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.publisher()).get(PATH).then().statusCode(403);
        given().get(PATH + "/{id}", id).then().statusCode(401);
        // lists are scoped the same way
        String employer = intention.get("employer.siret");
        given().auth().oauth2(otherPlatform()).queryParam("employer_siret", employer).get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).queryParam("employer_siret", employer).get(PATH)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void onlyPlatformsTrainingBodiesAndValidatorsSendIntentions() {
        post(Tokens.regionOfficer(), IntentionJson.eligible()).statusCode(403);
        post(Tokens.publisher(), IntentionJson.eligible()).statusCode(403);
        given().contentType(ContentType.JSON).body(IntentionJson.eligible().json()).post(PATH).then().statusCode(401);
        post(Tokens.validator(), IntentionJson.eligible()).statusCode(201).body("sender", equalTo("validator:france-travail-pdl"));
    }

    @Test
    void aTrainingBodyRecordsOnlyIntentionsMadeToIt() {
        post(Tokens.trainingBody(IntentionJson.COTRAITANT), IntentionJson.eligible()).statusCode(403).contentType(PROBLEM);
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/not-a-uuid").then().statusCode(404);
    }

    // --- correction, withdrawal, history ----------------------------------------------------------------

    @Test
    void theSenderCorrectsAndEligibilityIsEvaluatedAgain() {
        IntentionJson intention = IntentionJson.eligible().with("contract.duration_months", 4);
        var created = post(platform(), intention).statusCode(201).body("status", equalTo("AWAITING_DEROGATION")).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        // issue #17 (8): a change without If-Match is refused (428) and changes nothing
        given().auth().oauth2(platform()).contentType(ContentType.JSON)
                .body(intention.with("contract.duration_months", 6).json()).put(PATH + "/{id}", id)
                .then().statusCode(428).contentType(PROBLEM).body("code", equalTo("PRECONDITION_REQUIRED"))
                .body("detail", containsString("If-Match"));
        given().auth().oauth2(platform()).get(PATH + "/{id}", id).then().statusCode(200).header("ETag", equalTo(etag))
                .body("contract.duration_months", equalTo(4));
        given().auth().oauth2(platform()).header("If-Match", "\"99\"").contentType(ContentType.JSON)
                .body(intention.with("contract.duration_months", 6).json()).put(PATH + "/{id}", id)
                .then().statusCode(412);
        given().auth().oauth2(platform()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(intention.json()).put(PATH + "/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("ELIGIBLE"))
                .body("contract.duration_months", equalTo(6))
                .header("ETag", not(equalTo(etag)));
        // the training body it names reads it but does not correct it
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).contentType(ContentType.JSON)
                .body(intention.json()).put(PATH + "/{id}", id).then().statusCode(403);
        given().auth().oauth2(otherPlatform()).contentType(ContentType.JSON)
                .body(intention.json()).put(PATH + "/{id}", id).then().statusCode(404);
        given().auth().oauth2(platform()).contentType(ContentType.JSON)
                .body(intention.with("external_id", "changed-" + UUID.randomUUID()).json()).put(PATH + "/{id}", id)
                .then().statusCode(400).body("violations.field", hasItem("external_id"));
        given().auth().oauth2(Tokens.regionOfficer()).get(PATH + "/{id}/history", id).then().statusCode(200)
                .body("items.to", equalTo(List.of("AWAITING_DEROGATION", "ELIGIBLE")))
                .body("items[1].from", equalTo("AWAITING_DEROGATION"))
                .body("items[1].actor", equalTo("employer-platform:nosemplois"));
    }

    /**
     * Issue #17 (4): a derogation granted for a 4-month CDD kept the intention ELIGIBLE after its sender corrected it to
     * a 1-month CDD with another employer. A derogation is tied to the facts it was decided on: when they change it
     * lapses, the history and the answer say so, and the rules are evaluated again without it. A correction that
     * leaves those facts alone keeps it.
     */
    @Test
    void aDerogationLapsesWhenTheFactsItWasDecidedOnChange() {
        IntentionJson intention = IntentionJson.eligible().with("contract.duration_months", 4);
        String id = post(platform(), intention).statusCode(201).body("status", equalTo("AWAITING_DEROGATION")).extract().path("id");
        String derogation = given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"subject_type\":\"HIRING_INTENTION\",\"subject_id\":\"" + id + "\",\"rule\":\"CONTRACT_TYPE\","
                        + "\"justification\":\"Saisonnier\"}")
                .post("/api/v1/derogations").then().statusCode(201)
                .body("facts.contract_type", equalTo("CDD")).body("facts.duration_months", equalTo("4"))
                .body("facts.employer_siret", equalTo(intention.get("employer.siret"))).extract().path("id");
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"reason\":\"Saisonnalité avérée\"}")
                .post("/api/v1/derogations/{id}/grant", derogation).then().statusCode(200);
        given().auth().oauth2(platform()).get(PATH + "/{id}", id).then().body("status", equalTo("ELIGIBLE"));

        // a correction of other facts (the job title) keeps it
        given().auth().oauth2(platform()).header("If-Match", Workflow.etag(platform(), PATH + "/" + id)).contentType(ContentType.JSON)
                .body(intention.with("job.title", "Maçon qualifié").json()).put(PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("ELIGIBLE"))
                .body(rule("CONTRACT_TYPE") + ".derogation_id", equalTo(derogation));

        // a 1-month CDD with another employer is not what the Region decided on
        given().auth().oauth2(platform()).header("If-Match", Workflow.etag(platform(), PATH + "/" + id)).contentType(ContentType.JSON)
                .body(intention.with("contract.duration_months", 1).with("employer.siret", fr.paysdelaloire.emploiformation.support.Sirets.random())
                        .json()).put(PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("AWAITING_DEROGATION"))
                .body(rule("CONTRACT_TYPE") + ".outcome", equalTo("NEEDS_DEROGATION"))
                .body(rule("CONTRACT_TYPE") + ".message", containsString("La dérogation " + derogation + " ne vaut plus"))
                .body(rule("CONTRACT_TYPE") + ".derogation_id", nullValue());
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).get("/api/v1/derogations/{id}", derogation).then()
                .statusCode(200).body("status", equalTo("LAPSED")).body("lapsed_at", notNullValue())
                .body("lapse_reason", containsString("corrigée"));
        given().auth().oauth2(platform()).get(PATH + "/{id}/history", id).then()
                .body("items.reason", hasItem(containsString("Dérogation CONTRACT_TYPE (" + derogation + ") caduque")))
                .body("items[-1].to", equalTo("AWAITING_DEROGATION"));
        // a new derogation may be asked for, on the new facts
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"subject_type\":\"HIRING_INTENTION\",\"subject_id\":\"" + id + "\",\"rule\":\"CONTRACT_TYPE\","
                        + "\"justification\":\"Saisonnier, un mois\"}")
                .post("/api/v1/derogations").then().statusCode(201).body("facts.duration_months", equalTo("1"));
    }

    @Test
    void aWithdrawalNeedsAReasonAndIsRecordedOnce() {
        IntentionJson intention = IntentionJson.eligible();
        String id = post(platform(), intention).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).contentType(ContentType.JSON).body("{\"reason\":\" \"}")
                .post(PATH + "/{id}/withdraw", id).then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(otherPlatform()).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post(PATH + "/{id}/withdraw", id).then().statusCode(404);
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.MANDATAIRE)).contentType(ContentType.JSON)
                .body("{\"reason\":\"L'employeur a pourvu le poste\"}")
                .post(PATH + "/{id}/withdraw", id).then().statusCode(428).contentType(PROBLEM);
        Workflow.withdrawIntention(Tokens.trainingBody(IntentionJson.MANDATAIRE), id, "L'employeur a pourvu le poste")
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        Workflow.withdrawIntention(platform(), id, "again").statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(platform()).header("If-Match", Workflow.etag(platform(), PATH + "/" + id)).contentType(ContentType.JSON)
                .body(intention.json()).put(PATH + "/{id}", id).then().statusCode(409);
        given().auth().oauth2(platform()).get(PATH + "/{id}/history", id).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].to", equalTo("WITHDRAWN"))
                .body("items[1].actor", equalTo("training-body:" + IntentionJson.MANDATAIRE))
                .body("items[1].reason", equalTo("L'employeur a pourvu le poste"))
                .body("items[1].at", notNullValue());
    }

    // --- lists ------------------------------------------------------------------------------------------

    @Test
    void listsFilterAndPageInAStableOrder() {
        String platform = Tokens.client("paging-platform-" + UUID.randomUUID(), "employer-platform", Map.of());
        for (int i = 0; i < 5; i++) {
            post(platform, IntentionJson.eligible().with("contract.duration_months", i < 2 ? 4 : 12)).statusCode(201);
        }
        var first = given().auth().oauth2(platform).queryParam("size", 2).get(PATH).then().statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(2))
                .body("next", equalTo(PATH + "?page=1&size=2")).extract();
        var second = given().auth().oauth2(platform).queryParam("size", 2).queryParam("page", 1).get(PATH).then().statusCode(200)
                .body("items", hasSize(2)).extract();
        given().auth().oauth2(platform).queryParam("size", 2).queryParam("page", 2).get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("next", nullValue());
        List<String> firstIds = first.path("items.id");
        List<String> secondIds = second.path("items.id");
        assertEquals(false, firstIds.stream().anyMatch(secondIds::contains));
        given().auth().oauth2(platform).queryParam("status", "AWAITING_DEROGATION").get(PATH).then().statusCode(200)
                .body("total", equalTo(2)).body("items.status", everyItem(equalTo("AWAITING_DEROGATION")));
        given().auth().oauth2(platform).queryParam("updated_since", "2999-01-01T00:00:00Z").get(PATH).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(platform).queryParam("updated_since", "2000-01-01T00:00:00+02:00").get(PATH).then().statusCode(200)
                .body("total", equalTo(5));
    }

    /**
     * Issue #22 (P3): the list by cursor. Pages follow one another with no repeat and no gap, in the order of the
     * offset pages; an intention recorded meanwhile shifts nothing (it comes last); {@code next} links the next page the
     * way this one was asked for, and {@code next_cursor} is in both answers.
     */
    @Test
    void aCursorWalksTheListWithoutRepeatsOrGapsAndARecordingMeanwhileShiftsNothing() {
        String platform = Tokens.client("cursor-platform-" + UUID.randomUUID(), "employer-platform", Map.of());
        for (int i = 0; i < 5; i++) {
            post(platform, IntentionJson.eligible()).statusCode(201);
        }
        List<String> byOffset = given().auth().oauth2(platform).queryParam("size", 5).get(PATH).then().statusCode(200)
                .extract().path("items.id");
        var first = given().auth().oauth2(platform).queryParam("size", 2).get(PATH).then().statusCode(200)
                .body("page", equalTo(0)).body("next", equalTo(PATH + "?page=1&size=2")).body("next_page", equalTo(1))
                .body("next_cursor", notNullValue()).extract();
        String cursor = first.path("next_cursor");
        String late = post(platform, IntentionJson.eligible()).statusCode(201).extract().path("id");
        var second = given().auth().oauth2(platform).queryParam("size", 2).queryParam("cursor", cursor).get(PATH).then()
                .statusCode(200).body("total", equalTo(6)).body("page", nullValue()).body("next_page", nullValue()).extract();
        String secondCursor = second.path("next_cursor");
        assertEquals(PATH + "?cursor=" + secondCursor + "&size=2", second.path("next"));
        var third = given().auth().oauth2(platform).contentType(ContentType.JSON)
                .body("{\"cursor\":\"" + secondCursor + "\",\"size\":2}").post(PATH + "/search").then().statusCode(200)
                .body("next", nullValue()).body("next_cursor", nullValue()).body("items", hasSize(2)).extract();
        List<String> walked = new java.util.ArrayList<>();
        for (var page : List.of(first, second, third)) {
            walked.addAll(page.path("items.id"));
        }
        List<String> expected = new java.util.ArrayList<>(byOffset);
        expected.add(late);
        assertEquals(expected, walked);
        // the filters hold on a cursor's page
        given().auth().oauth2(platform).queryParam("cursor", cursor).queryParam("status", "WITHDRAWN").get(PATH).then()
                .statusCode(200).body("items", hasSize(0)).body("next_cursor", nullValue());
    }

    @Test
    void aCursorThisListDidNotGiveOrOneWithAPageIs400() {
        String cursor = given().auth().oauth2(platform()).queryParam("size", 1).get(PATH).then().statusCode(200)
                .extract().path("next_cursor");
        for (String wrong : List.of("nope", "YzE6NDI", java.util.Base64.getUrlEncoder().encodeToString("i1:x:y".getBytes()))) {
            given().auth().oauth2(platform()).queryParam("cursor", wrong).get(PATH).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", equalTo(List.of("cursor")));
        }
        if (cursor != null) {
            given().auth().oauth2(platform()).queryParam("cursor", cursor).queryParam("page", 1).get(PATH).then().statusCode(400)
                    .contentType(PROBLEM).body("violations.field", equalTo(List.of("page")));
        }
        given().auth().oauth2(platform()).contentType(ContentType.JSON).body("{\"cursor\":\"nope\"}").post(PATH + "/search")
                .then().statusCode(400).body("violations.field", equalTo(List.of("cursor")));
    }

    /** A training body's list is what it sent or what names it: the two halves merged in one order, by cursor too. */
    @Test
    void aTrainingBodysListMergesWhatItSentAndWhatNamesIt() {
        String body = Tokens.trainingBody(IntentionJson.MANDATAIRE);
        String named = post(platform(), IntentionJson.eligible()).statusCode(201).extract().path("id");
        String sent = post(body, IntentionJson.eligible()).statusCode(201).extract().path("id");
        String namedAgain = post(platform(), IntentionJson.eligible()).statusCode(201).extract().path("id");
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(body).queryParam("size", 100).queryParam("updated_since", "2000-01-01T00:00:00Z");
            var answer = (cursor == null ? page : page.queryParam("cursor", cursor)).get(PATH).then().statusCode(200).extract();
            seen.addAll(answer.path("items.id"));
            cursor = answer.path("next_cursor");
        } while (cursor != null);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no intention twice");
        assertEquals(List.of(named, sent, namedAgain), seen.stream().filter(List.of(named, sent, namedAgain)::contains).toList());
        given().auth().oauth2(Tokens.trainingBody(IntentionJson.COTRAITANT)).queryParam("size", 100).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(sent))).body("items.id", not(hasItem(named)));
    }

    /** Regression (benchmark P3): counting every match made the first page slower as intentions grew. */
    @Test
    void theListCountsUpToTheCapAndSaysWhenMoreMatch() throws Exception {
        String sender = "count-platform-" + UUID.randomUUID();
        String platform = Tokens.client(sender, "employer-platform", Map.of());
        String id = post(platform, IntentionJson.eligible()).statusCode(201).extract().path("id");
        // COUNT_CAP more rows of this sender: clones of its intention, written in SQL (1 000 POSTs would take long).
        try (var connection = dataSource.getConnection(); var clone = connection.prepareStatement("""
                insert into hiring_intention select r.* from hiring_intention t, generate_series(1, ?) g,
                    lateral jsonb_populate_record(null::hiring_intention, to_jsonb(t)
                        || jsonb_build_object('id', gen_random_uuid(), 'external_id', 'clone-' || g)) r
                where t.id = ?""")) {
            clone.setInt(1, IntentionReads.COUNT_CAP);
            clone.setObject(2, UUID.fromString(id));
            assertEquals(IntentionReads.COUNT_CAP, clone.executeUpdate());
        }
        given().auth().oauth2(platform).queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("total", equalTo(IntentionReads.COUNT_CAP)).body("total_capped", equalTo(true))
                .body("items", hasSize(100)).body("next", equalTo(PATH + "?page=1&size=100"));
        given().auth().oauth2(platform).queryParam("size", 100).queryParam("page", 10).get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("next", nullValue());
        // the clones share their creation time: the cursor breaks the tie by id, and walks all 1 001 once each
        java.util.Set<String> walked = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().auth().oauth2(platform).queryParam("size", 100);
            var answer = (cursor == null ? page : page.queryParam("cursor", cursor)).get(PATH).then().statusCode(200).extract();
            List<String> ids = answer.path("items.id");
            walked.addAll(ids);
            cursor = answer.path("next_cursor");
            pages++;
        } while (cursor != null);
        assertEquals(IntentionReads.COUNT_CAP + 1, walked.size());
        assertEquals(11, pages);
        given().auth().oauth2(platform).queryParam("status", "WITHDRAWN").get(PATH)
                .then().statusCode(200).body("total", equalTo(0)).body("total_capped", equalTo(false));
    }

    /** Issue #17 (8): the list's filters in a POST body, so that an employer's SIRET never travels in a URL. */
    @Test
    void theListSearchedWithTheSiretInTheBody() {
        IntentionJson intention = IntentionJson.eligible();
        String id = post(platform(), intention).statusCode(201).extract().path("id");
        String employer = intention.get("employer.siret");
        given().auth().oauth2(platform()).contentType(ContentType.JSON)
                .body("{\"employer_siret\":\"" + employer + "\",\"status\":\"ELIGIBLE\",\"size\":1}")
                .post(PATH + "/search").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("total", equalTo(1))
                .body("next", nullValue()).body("next_page", nullValue());
        given().auth().oauth2(otherPlatform()).contentType(ContentType.JSON).body("{\"employer_siret\":\"" + employer + "\"}")
                .post(PATH + "/search").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(platform()).contentType(ContentType.JSON).body("{\"employer_siret\":\"123\",\"status\":\"NOPE\"}")
                .post(PATH + "/search").then().statusCode(400).body("violations.field", containsInAnyOrder("employer_siret", "status"));
        // issue #21 (5): a validator reads back what it sent, nothing of another sender
        given().auth().oauth2(Tokens.validator()).contentType(ContentType.JSON).body("{\"employer_siret\":\"" + employer + "\"}")
                .post(PATH + "/search").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badListParametersAre400() {
        given().auth().oauth2(platform()).queryParam("status", "DONE").queryParam("employer_siret", "123")
                .queryParam("updated_since", "yesterday").queryParam("size", 500).queryParam("page", -1).get(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("status", "employer_siret", "updated_since", "size", "page"));
    }

    // --- malformed bodies store nothing ----------------------------------------------------------------------

    @Test
    void malformedBodiesAre400AndStoreNothing() {
        IntentionJson intention = IntentionJson.eligible();
        String employer = intention.get("employer.siret");
        post(platform(), IntentionJson.eligible().with("employer.siret", employer).with("job", null).with("positions", null))
                .statusCode(400).contentType(PROBLEM).body("violations.field", containsInAnyOrder("job", "positions"));
        post(platform(), IntentionJson.eligible().with("employer.siret", "73866205898791").with("job.rome_code", "Z1234")
                .with("positions", -1).with("employer.commune_insee", "44000").with("contract.duration_months", null)
                .with("target.certification_code", "CQP1"))
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("employer.siret", "job.rome_code", "positions",
                        "employer.commune_insee", "contract.duration_months", "target.certification_code"));
        post(platform(), IntentionJson.eligible().with("employer.siret", employer).with("contract.type", "FREELANCE"))
                .statusCode(400).body("code", equalTo("MALFORMED_BODY")).body("violations.field", hasItem("contract.type"));
        post(platform(), IntentionJson.eligible().with("employer.siret", employer).with("positions", "two"))
                .statusCode(400).body("violations.field", hasItem("positions"));
        post(platform(), IntentionJson.eligible().with("employer.siret", employer).with("employer.commune_insee", "49007"))
                .statusCode(400).body("violations.field", hasItem("employer.commune_insee"));
        post(platform(), IntentionJson.eligible().with("employer.siret", employer).with("proof.received_on", "2999-01-01"))
                .statusCode(400).body("violations.field", hasItem("proof.received_on"));
        post(platform(), IntentionJson.eligible().with("employer.siret", employer).with("target", Map.of()))
                .statusCode(400).body("violations.field", hasItem("target"));
        given().auth().oauth2(platform()).contentType(ContentType.JSON).body("{not json").post(PATH)
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(platform()).contentType(ContentType.TEXT).body("hello").post(PATH)
                .then().statusCode(415).contentType(PROBLEM);
        assertEquals(0, countFor(employer));
    }
}

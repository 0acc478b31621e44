package fr.paysdelaloire.emploiformation.client;

import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

import fr.paysdelaloire.emploiformation.client.api.HiringIntentionsApi;
import fr.paysdelaloire.emploiformation.client.api.PublicationApi;
import fr.paysdelaloire.emploiformation.client.model.Contract;
import fr.paysdelaloire.emploiformation.client.model.ContractType;
import fr.paysdelaloire.emploiformation.client.model.Employer;
import fr.paysdelaloire.emploiformation.client.model.HiringIntention;
import fr.paysdelaloire.emploiformation.client.model.HiringIntentionRequest;
import fr.paysdelaloire.emploiformation.client.model.InvolvementStep;
import fr.paysdelaloire.emploiformation.client.model.Job;
import fr.paysdelaloire.emploiformation.client.model.Proof;
import fr.paysdelaloire.emploiformation.client.model.ProofChannel;
import fr.paysdelaloire.emploiformation.client.model.PublicationPage;
import fr.paysdelaloire.emploiformation.client.model.PublishedSession;
import fr.paysdelaloire.emploiformation.client.model.Target;
import fr.paysdelaloire.emploiformation.support.LheoSchema;
import fr.paysdelaloire.emploiformation.support.Sirets;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #23: the Java client a partner generates from {@code openapi/openapi.yaml} (openapi-generator, {@code java} with the
 * JDK's HTTP client: the build generates it into {@code target/generated-test-sources/partner-client}) works against the
 * packaged application — two partner stories told through it, nothing else.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    /** The generated client, pointed at the packaged application, every call with {@code token}. */
    static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void nosemploisPushesAnIntentionAndReadsItBack() throws ApiException {
        HiringIntentionsApi intentions = new HiringIntentionsApi(client(Tokens.employerPlatform()));
        String siret = Sirets.random();
        HiringIntentionRequest request = new HiringIntentionRequest()
                .externalId("client-" + UUID.randomUUID())
                .employer(new Employer().siret(siret).name("Bâtiments de l'Erdre").department("44").communeInsee("44109"))
                .job(new Job().title("Maçon").romeCode("F1703"))
                .positions(1)
                .contract(new Contract().type(ContractType.CDI).weeklyHours(new BigDecimal("35")))
                .target(new Target().certificationCode("RNCP35185"))
                .employerInvolvement(List.of(InvolvementStep.CANDIDATE_SELECTION, InvolvementStep.IMMERSION))
                .proof(new Proof().channel(ProofChannel.PLATFORM).receivedOn(LocalDate.of(2026, 11, 20)))
                .trainingBodySiret(MANDATAIRE);

        HiringIntention recorded = intentions.createHiringIntention(request, UUID.randomUUID().toString());
        assertNotNull(recorded.getId());
        assertNotNull(recorded.getEligibility(), "the eligibility, evaluated at once");

        HiringIntention read = intentions.getHiringIntention(recorded.getId());
        assertEquals(request.getExternalId(), read.getExternalId());
        assertEquals(siret, read.getEmployer().getSiret());
        assertEquals(recorded.getStatus(), read.getStatus());
        assertEquals(List.of(InvolvementStep.CANDIDATE_SELECTION, InvolvementStep.IMMERSION), read.getEmployerInvolvement());
    }

    @Test
    void cariforefPullsTheFeedWithItsCursorAndTheLheoExport() throws Exception {
        PublicationApi publication = new PublicationApi(client(Tokens.publisher()));
        PublicationPage first = publication.getPublishedSessionsSnapshot(null);
        assertNotNull(first.getNextCursor());

        // a session authorised after the snapshot is in the next pull from its cursor, and in the LHEO export
        String lot = Workflow.lot();
        String session = Workflow.draft(MANDATAIRE, Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        Workflow.step(Tokens.trainingBody(MANDATAIRE), session, "submit", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), session, "start-review", null).statusCode(200);
        Workflow.step(Tokens.regionOfficer(), session, "authorise", "Conforme").statusCode(200);

        PublicationPage next = publication.getPublishedSessions(first.getNextCursor(), null, 500, null, null);
        List<UUID> changed = next.getItems().stream().map(PublishedSession::getId).toList();
        assertTrue(changed.contains(UUID.fromString(session)), "the new session after the cursor: " + changed);
        PublishedSession published = next.getItems().stream().filter(s -> s.getId().equals(UUID.fromString(session))).findFirst()
                .orElseThrow();
        assertEquals(lot, published.getLotCode());
        assertEquals(5, published.getHiringIntentions());

        // a document download: the generated client saves it to a file (the contract says `format: binary`)
        String lheo = java.nio.file.Files.readString(publication.getPublishedSessionsLheo(null, null).toPath());
        assertTrue(lheo.contains(session), "the session in the LHEO export");
        try {
            LheoSchema.validate(lheo);
        } catch (Exception e) {
            throw new AssertionError("the LHEO export read by the generated client is not LHEO 2.3: " + e.getMessage(), e);
        }
    }
}

package fr.paysdelaloire.emploiformation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;

/** Every failure the framework or the code raises comes out as RFC 9457 problem details. */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class ProblemDetailsTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void unknownPathIs404() {
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:emploi-formation:problem:not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void wrongMethodIs405() {
        given().auth().oauth2(Tokens.regionOfficer()).delete("/api/v1/sectors")
                .then().statusCode(405).contentType(PROBLEM).body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        given().auth().oauth2(Tokens.regionOfficer()).accept("application/xml").get("/api/v1/sectors")
                .then().statusCode(406).contentType(PROBLEM).body("code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void unsupportedContentTypeIs415() {
        given().auth().oauth2(Tokens.regionOfficer()).contentType("text/plain").body("hello")
                .put("/api/v1/lots/X-415")
                .then().statusCode(415).contentType(PROBLEM).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void brokenJsonIs400() {
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("{\"label\": ")
                .put("/api/v1/lots/X-400")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_BODY"))
                .body("violations.field", containsInAnyOrder("body"));
    }

    @Test
    void wrongTypeAndUnknownFieldAre400WithTheField() {
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body("{\"label\":\"L\",\"minimum_order_hours\":\"many\"}")
                .put("/api/v1/lots/X-400")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("minimum_order_hours"));
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body("{\"label\":\"L\",\"colour\":\"blue\"}")
                .put("/api/v1/lots/X-400")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("colour"));
    }

    @Test
    void anEmptyBodyIs400() {
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .put("/api/v1/lots/X-400")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @ParameterizedTest
    @EnumSource(value = ProblemType.class, names = { "CONFLICT", "PRECONDITION_FAILED", "UNPROCESSABLE", "NOT_FOUND" })
    void deliberateRefusalsKeepTheirStatusAndType(ProblemType type) {
        given().get("/test-only/problem/{type}", type.name())
                .then().statusCode(type.status()).contentType(PROBLEM)
                .body("type", equalTo(type.uri()))
                .body("code", equalTo(type.name()))
                .body("title", equalTo(type.title()))
                .body("detail", equalTo("deliberate " + type.name()));
    }

    @Test
    void theCallersOrganisationComesFromTheToken() {
        given().auth().oauth2(Tokens.trainingBody(Tokens.MANDATAIRE_SIRET)).get("/test-only/caller")
                .then().statusCode(200)
                .body("org_siret", equalTo(Tokens.MANDATAIRE_SIRET))
                .body("client_id", equalTo("of-" + Tokens.MANDATAIRE_SIRET))
                .body("training_body", equalTo("true"));
        given().auth().oauth2(Tokens.validator()).get("/test-only/caller")
                .then().statusCode(200)
                .body("org_id", equalTo("france-travail-pdl"))
                .body("org_siret", equalTo("-"));
    }

    @Test
    void aBugIs500WithoutInternals() {
        given().get("/test-only/failure")
                .then().statusCode(500).contentType(PROBLEM)
                .body("code", equalTo("INTERNAL"))
                .body("detail", containsString("incident"))
                .body(allOf(not(containsString("IllegalStateException")), not(containsString("Jeanne")),
                        not(containsString("at fr.")), not(containsString("secret"))));
    }
}

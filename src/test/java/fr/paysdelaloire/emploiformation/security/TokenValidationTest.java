package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;

/** The service accepts only tokens signed by the configured provider, for this API, still valid. */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class TokenValidationTest {

    @jakarta.inject.Inject
    VerifiedTokens verified;

    @ParameterizedTest
    @ValueSource(strings = { "expired", "wrongIssuer", "wrongAudience", "foreignKey", "unsigned", "garbage" })
    void badTokensAre401(String kind) {
        String token = switch (kind) {
            case "expired" -> Tokens.expired();
            case "wrongIssuer" -> Tokens.wrongIssuer();
            case "wrongAudience" -> Tokens.wrongAudience();
            case "foreignKey" -> Tokens.foreignKey();
            case "unsigned" -> Tokens.unsigned();
            default -> "not-a-jwt";
        };
        given().auth().oauth2(token).get("/api/v1/sectors")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aGoodTokenIsAccepted() {
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/sectors").then().statusCode(200);
    }

    /**
     * Issue #22 (P1): a verified token is trusted without a new verification until it expires, not a moment after:
     * once expired it is verified again, and refused.
     */
    @Test
    void aVerifiedTokenIsTrustedUntilItExpiresAndRefusedAfter() throws InterruptedException {
        String token = Tokens.shortLived("short-lived-" + java.util.UUID.randomUUID(), 3);
        given().auth().oauth2(token).get("/api/v1/sectors").then().statusCode(200);
        long hits = verified.hits();
        given().auth().oauth2(token).get("/api/v1/sectors").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(hits + 1, verified.hits(), "the second call is answered from the cache");
        Thread.sleep(4_000);
        given().auth().oauth2(token).get("/api/v1/sectors").then().statusCode(401).contentType("application/problem+json");
    }

    /** Issue #22 (P1): only the very token that was verified finds its verification; the same claims with another signature do not. */
    @Test
    void aTokenWhoseSignatureWasChangedIsRefusedAfterTheGenuineOneWasVerified() {
        String genuine = Tokens.regionOfficer();
        given().auth().oauth2(genuine).get("/api/v1/sectors").then().statusCode(200);
        String signature = genuine.substring(genuine.lastIndexOf('.') + 1);
        char first = signature.charAt(0);
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + (first == 'A' ? 'B' : 'A') + signature.substring(1);
        given().auth().oauth2(forged).get("/api/v1/sectors").then().statusCode(401);
        String resigned = Tokens.resignedWithAnotherKey(genuine);
        given().auth().oauth2(resigned).get("/api/v1/sectors").then().statusCode(401);
    }
}

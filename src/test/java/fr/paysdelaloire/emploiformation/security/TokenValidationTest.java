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
}

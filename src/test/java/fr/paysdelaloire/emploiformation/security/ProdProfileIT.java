package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.support.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application in the prod profile: the dev sandbox provider is not there, only the
 * configured provider's tokens are accepted, and no sandbox data is loaded.
 */
@QuarkusIntegrationTest
class ProdProfileIT {

    static final String DEV_REALM = "/dev/oidc/realms/emploi-formation";

    @Test
    void theDevTokenEndpointDoesNotExist() {
        given().get(DEV_REALM + "/.well-known/openid-configuration").then().statusCode(404);
        given().get(DEV_REALM + "/protocol/openid-connect/certs").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "region-tool")
                .formParam("client_secret", "dev-only-region-tool-secret")
                .post(DEV_REALM + "/protocol/openid-connect/token")
                .then().statusCode(404);
    }

    @Test
    void theConfiguredProvidersTokensAreAcceptedWithTheirRole() {
        given().auth().oauth2(Tokens.publisher()).get("/api/v1/sectors").then().statusCode(200);
        given().auth().oauth2(Tokens.publisher()).contentType("application/json").body("{}")
                .put("/api/v1/lots/X-1").then().statusCode(403);
    }

    @Test
    void tokensFromAnywhereElseAre401() {
        given().auth().oauth2(Tokens.foreignKey()).get("/api/v1/sectors").then().statusCode(401);
        given().auth().oauth2(Tokens.wrongIssuer()).get("/api/v1/sectors").then().statusCode(401);
        given().auth().oauth2(Tokens.unsigned()).get("/api/v1/sectors").then().statusCode(401);
        given().get("/api/v1/sectors").then().statusCode(401);
    }

    @Test
    void productionStartsWithoutTheSandboxDataset() {
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/lots/CONSTR-44")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void swaggerUiIsNotServed() {
        given().get("/q/swagger-ui/").then().statusCode(404);
    }
}

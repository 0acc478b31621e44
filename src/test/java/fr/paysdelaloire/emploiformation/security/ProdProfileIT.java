package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

import fr.paysdelaloire.emploiformation.support.Tokens;

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

    /**
     * Issue #17 (7): without the key that seals partners' signing secrets, the packaged application in the prod profile
     * does not start, and says what to set.
     */
    @Test
    void withoutTheWebhookSecretKeyProductionDoesNotStart() throws Exception {
        ProcessBuilder launch = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true);
        var environment = launch.environment();
        environment.keySet().removeIf(name -> name.startsWith("EF_") || name.startsWith("QUARKUS_"));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", fr.paysdelaloire.emploiformation.support.EmbeddedPostgresResource.jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"));
        environment.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres"));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", fr.paysdelaloire.emploiformation.support.OidcProviderResource.issuer());
        environment.put("QUARKUS_HTTP_PORT", "0");
        Process process = launch.start();
        var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        boolean ended;
        try {
            ended = process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        org.junit.jupiter.api.Assertions.assertTrue(ended, "the application kept running without the key");
        org.junit.jupiter.api.Assertions.assertNotEquals(0, process.exitValue());
        String printed = output.get(30, java.util.concurrent.TimeUnit.SECONDS);
        org.junit.jupiter.api.Assertions.assertTrue(printed.contains("EF_WEBHOOKS_SECRET_KEY is not set"), printed);
    }
}

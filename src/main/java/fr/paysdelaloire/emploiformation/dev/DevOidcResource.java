package fr.paysdelaloire.emploiformation.dev;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Dev mode only: a sandbox OpenID Connect provider inside the application, so that Swagger UI and curl
 * can get a token for each role with nothing but a JDK. It hands out client-credentials tokens to the
 * demo clients of {@code k8s/keycloak/realm-emploi-formation.json}, exactly as that Keycloak realm
 * would, under the same paths. It is not built into the production application (and a test proves it).
 */
@IfBuildProfile("dev")
@Path("/dev/oidc/realms/emploi-formation")
@PermitAll
public class DevOidcResource {

    private static final String KEY_PROPERTY = "ef.dev.oidc.key";
    private static final String KEY_ID = "dev-sandbox";
    private static final long LIFETIME_SECONDS = 3600;

    private static TokenMinter minter() {
        synchronized (DevOidcResource.class) {
            String remembered = System.getProperty(KEY_PROPERTY);
            if (remembered != null) {
                return TokenMinter.restore(remembered.split(" "), KEY_ID);
            }
            TokenMinter minter = TokenMinter.withNewKey(KEY_ID);
            System.setProperty(KEY_PROPERTY, String.join(" ", minter.export()));
            return minter;
        }
    }

    private static String issuer() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    @GET
    @Path("/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> discovery() {
        String issuer = issuer();
        return Map.of(
                "issuer", issuer,
                "token_endpoint", issuer + "/protocol/openid-connect/token",
                "jwks_uri", issuer + "/protocol/openid-connect/certs",
                "grant_types_supported", new String[] { "client_credentials" },
                "token_endpoint_auth_methods_supported", new String[] { "client_secret_post", "client_secret_basic" },
                "id_token_signing_alg_values_supported", new String[] { "RS256" });
    }

    @GET
    @Path("/protocol/openid-connect/certs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String certs() {
        return minter().jwks();
    }

    @POST
    @Path("/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] basic = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            clientId = basic[0];
            clientSecret = basic.length > 1 ? basic[1] : null;
        }
        if (!"client_credentials".equals(grantType)) {
            return oauthError(400, "unsupported_grant_type", "Only client_credentials is offered by the dev sandbox provider");
        }
        RealmClients.Client client = RealmClients.load(RealmClients.REALM_FILE).get(clientId);
        if (client == null || !client.secret().equals(clientSecret)) {
            return oauthError(401, "invalid_client", "Unknown client or wrong secret: see README, 'Tokens in dev mode'");
        }
        String token = minter().clientToken(issuer(), client.clientId(), client.roles(), client.audience(), client.claims(),
                LIFETIME_SECONDS);
        return Response.ok(Map.of("access_token", token, "token_type", "Bearer", "expires_in", LIFETIME_SECONDS))
                .header("Cache-Control", "no-store").build();
    }

    private static Response oauthError(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}

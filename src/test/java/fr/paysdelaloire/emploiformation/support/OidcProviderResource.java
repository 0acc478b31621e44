package fr.paysdelaloire.emploiformation.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import fr.paysdelaloire.emploiformation.dev.TokenMinter;

/**
 * The OpenID Connect provider the tests trust: discovery and JWKS on 127.0.0.1, like a Keycloak realm,
 * so that the application validates tokens exactly as in production (discovery, signature, issuer,
 * audience, expiry). {@link Tokens} signs the tokens with its key.
 */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {

    static final String REALM_PATH = "/realms/emploi-formation";
    static final TokenMinter MINTER = TokenMinter.withNewKey("test-key");

    private static HttpServer server;
    private static String issuer;

    public static synchronized String issuer() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> json(exchange, """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                    "token_endpoint":"%1$s/protocol/openid-connect/token","id_token_signing_alg_values_supported":["RS256"]}"""
                    .formatted(issuer)));
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> json(exchange, MINTER.jwks()));
            server.start();
        }
        return issuer;
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Set (e.g. by .ci/run) to a real provider's realm URL: the end-to-end suite runs against it instead. */
    public static final String EXTERNAL_PROVIDER = "e2e.oidc.url";

    @Override
    public Map<String, String> start() {
        String external = System.getProperty(EXTERNAL_PROVIDER);
        return Map.of("quarkus.oidc.auth-server-url", external != null && !external.isBlank() ? external : issuer());
    }

    @Override
    public void stop() {
        // kept for the whole JVM, like the database
    }
}

package fr.paysdelaloire.emploiformation.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo clients of the Keycloak realm in {@code k8s/keycloak/}: id, secret, realm roles, audience
 * and hardcoded organisation claims, read from the realm export itself so that the dev sandbox provider
 * and Keycloak hand out the same tokens.
 */
public final class RealmClients {

    public static final Path REALM_FILE = Path.of("k8s", "keycloak", "realm-emploi-formation.json");

    /** One confidential client with a service account. */
    public record Client(String clientId, String secret, List<String> roles, List<String> audience, Map<String, String> claims) {
    }

    private RealmClients() {
    }

    public static Map<String, Client> load(Path realmFile) {
        try {
            return parse(new ObjectMapper().readTree(Files.readString(realmFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm " + realmFile.toAbsolutePath(), e);
        }
    }

    static Map<String, Client> parse(JsonNode realm) {
        Map<String, List<String>> rolesByClient = new LinkedHashMap<>();
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                rolesByClient.put(user.get("serviceAccountClientId").asText(), roles);
            }
        }
        Map<String, Client> clients = new LinkedHashMap<>();
        for (JsonNode client : realm.path("clients")) {
            if (!client.path("serviceAccountsEnabled").asBoolean(false)) {
                continue;
            }
            String id = client.path("clientId").asText();
            List<String> audience = new ArrayList<>();
            Map<String, String> claims = new LinkedHashMap<>();
            for (JsonNode mapper : client.path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                switch (mapper.path("protocolMapper").asText()) {
                    case "oidc-audience-mapper" -> audience.add(config.path("included.custom.audience").asText());
                    case "oidc-hardcoded-claim-mapper" -> claims.put(config.path("claim.name").asText(), config.path("claim.value").asText());
                    default -> {
                    }
                }
            }
            clients.put(id, new Client(id, client.path("secret").asText(), rolesByClient.getOrDefault(id, List.of()),
                    audience, claims));
        }
        return clients;
    }
}

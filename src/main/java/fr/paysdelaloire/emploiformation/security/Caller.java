package fr.paysdelaloire.emploiformation.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the capabilities need it: the role, and the organisation the token names
 * ({@code org_siret} for a training body, {@code org_id} for a validator, {@code azp} for a platform).
 */
@RequestScoped
public class Caller {

    public static final String ORG_SIRET_CLAIM = "org_siret";
    public static final String ORG_ID_CLAIM = "org_id";
    public static final String CLIENT_ID_CLAIM = "azp";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The calling client: {@code azp} of the access token. */
    public Optional<String> clientId() {
        return claim(CLIENT_ID_CLAIM);
    }

    /** The SIRET of the calling training body. */
    public Optional<String> orgSiret() {
        return claim(ORG_SIRET_CLAIM);
    }

    /** The calling validator organisation. */
    public Optional<String> orgId() {
        return claim(ORG_ID_CLAIM);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }
}

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

    public boolean isRegion() {
        return hasRole(Roles.REGION_OFFICER);
    }

    /** The calling client: {@code azp} of the access token. */
    public Optional<String> clientId() {
        return claim(CLIENT_ID_CLAIM);
    }

    /** The SIRET of the calling training body. */
    public Optional<String> orgSiret() {
        return hasRole(Roles.TRAINING_BODY) ? claim(ORG_SIRET_CLAIM) : Optional.empty();
    }

    /** The calling validator organisation. */
    public Optional<String> orgId() {
        return hasRole(Roles.VALIDATOR) ? claim(ORG_ID_CLAIM) : Optional.empty();
    }

    /**
     * The organisation acting, as {@code role:identifier}: {@code employer-platform:nosemplois},
     * {@code training-body:<SIRET>}, {@code validator:<org_id>}, {@code region-officer:<client>},
     * {@code publisher:<client>}. Empty when the token lacks the claim its role needs.
     */
    public Optional<String> organisation() {
        if (hasRole(Roles.TRAINING_BODY)) {
            return orgSiret().map(siret -> Organisation.trainingBody(siret).toString());
        }
        if (hasRole(Roles.VALIDATOR)) {
            return orgId().map(id -> new Organisation(Roles.VALIDATOR, id).toString());
        }
        for (String role : new String[] { Roles.EMPLOYER_PLATFORM, Roles.REGION_OFFICER, Roles.PUBLISHER }) {
            if (hasRole(role)) {
                return clientId().map(client -> new Organisation(role, client).toString());
            }
        }
        return Optional.empty();
    }

    /** {@link #organisation()}, or 403 when the token lacks its organisation claim. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() -> new io.quarkus.security.ForbiddenException(
                "the access token does not name the caller's organisation"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }
}

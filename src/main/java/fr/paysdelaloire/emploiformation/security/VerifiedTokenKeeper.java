package fr.paysdelaloire.emploiformation.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Keeps the identity of a bearer token the OIDC provider has just verified ({@link VerifiedTokens}); changes nothing. */
@ApplicationScoped
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    /** After any other augmentor: what is kept is the identity as the request finally gets it. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(CachedBearerMechanism.FROM_CACHE) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt) {
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            if (credential != null && credential.getToken() != null && jwt.getExpirationTime() > 0) {
                tokens.keep(credential.getToken(), identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
            }
        }
        return Uni.createFrom().item(identity);
    }
}

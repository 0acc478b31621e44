package fr.paysdelaloire.emploiformation.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token already verified with the identity its verification gave ({@link VerifiedTokens}), before
 * the OIDC mechanism sees the request; any other request goes on to the OIDC mechanism, which verifies the token
 * ({@link VerifiedTokenKeeper} then keeps it) or challenges. Placed before the mechanism rather than among the identity
 * providers (issue #22, P1): the OIDC mechanism decodes the token's payload twice per request (to tell a JWT from an
 * opaque token, and to resolve the tenant) and parses the cookies before any identity provider is asked: 5 % of the
 * intake's samples (JFR) for a token already verified. The identity served carries this request's routing context,
 * not the first one's. It never challenges and never refuses: a refusal is the OIDC mechanism's.
 */
@ApplicationScoped
public class CachedBearerMechanism implements HttpAuthenticationMechanism {

    /** Marks an identity served from the cache (the keeper does not keep it again). */
    static final String FROM_CACHE = "ef.token-from-cache";

    private static final String BEARER = "Bearer ";

    @Inject
    VerifiedTokens tokens;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return tokens.find(token).map(cached -> Uni.createFrom().<SecurityIdentity> item(QuarkusSecurityIdentity.builder(cached)
                .addAttribute(FROM_CACHE, true)
                .addAttribute(RoutingContext.class.getName(), context)
                .build()))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /** The token of an {@code Authorization: Bearer} header (the scheme in any case), or null. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** No challenge of its own: the OIDC mechanism's answers. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** No credential an identity provider would verify: only tokens some provider already verified. */
    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** None: the bearer transport is the OIDC mechanism's, which verifies what this one does not know. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Before the OIDC mechanism (1001). */
    @Override
    public int getPriority() {
        return 2000;
    }
}

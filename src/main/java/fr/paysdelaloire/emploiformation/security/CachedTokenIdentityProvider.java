package fr.paysdelaloire.emploiformation.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token already verified with the identity its verification gave ({@link VerifiedTokens}), before
 * the OIDC provider; any other token goes on to the OIDC provider, which verifies it ({@link VerifiedTokenKeeper}
 * then keeps it). The identity served carries this request's routing context, not the first one's.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity served from the cache (the keeper does not keep it again). */
    static final String FROM_CACHE = "ef.token-from-cache";

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC provider (1001, the default). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return tokens.find(request.getToken().getToken()).map(cached -> {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(cached).addAttribute(FROM_CACHE, true);
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing != null) {
                identity.addAttribute(RoutingContext.class.getName(), routing);
            }
            return Uni.createFrom().<SecurityIdentity> item(identity.build());
        }).orElseGet(() -> Uni.createFrom().nullItem());
    }
}

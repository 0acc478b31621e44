package fr.paysdelaloire.emploiformation.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.paysdelaloire.emploiformation.api.ProblemResponses;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * On every API call: the client's rate limit (429 with {@code Retry-After} past it, {@code X-RateLimit-*}
 * always), and the security headers (no MIME sniffing, no caching of answers that may hold personal data).
 */
public class ApiFilters {

    private static final String DECISION = "ef.rate-limit.decision";
    private static final List<String> ROLE_ORDER = List.of(Roles.REGION_OFFICER, Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY,
            Roles.VALIDATOR, Roles.PUBLISHER);

    @Inject
    RateLimiter limiter;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @ServerRequestFilter
    public Optional<Response> rateLimit(ContainerRequestContext request) {
        if (!limiter.enabled() || !request.getUriInfo().getPath().startsWith("/api/")
                || request.getHeaderString("Authorization") == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        String role = ROLE_ORDER.stream().filter(identity::hasRole).findFirst().orElse("other");
        String client = caller.clientId().orElse(identity.getPrincipal().getName());
        RateLimiter.Decision decision = limiter.take(client, role);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return Optional.empty();
        }
        Response.ResponseBuilder tooMany = Response.fromResponse(ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS,
                "This client made more than " + decision.limit() + " calls this minute: retry after " + decision.retryAfterSeconds()
                        + " s", request.getUriInfo().getPath(), List.of(), Map.of()));
        tooMany.header("Retry-After", decision.retryAfterSeconds());
        return Optional.of(tooMany.build());
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("X-RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("X-RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("X-RateLimit-Reset", decision.resetEpochSeconds());
        }
        response.getHeaders().remove("Server");
    }
}

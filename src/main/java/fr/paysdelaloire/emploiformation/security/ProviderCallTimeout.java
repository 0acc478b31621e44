package fr.paysdelaloire.emploiformation.security;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;

/**
 * Every call to the OIDC provider (its discovery document, its keys) fails when no answer comes within
 * {@code ef.security.provider-timeout} (issue #24, R8). The provider's client only bounds the TCP connection
 * ({@code quarkus.oidc.connection-timeout}): a provider that accepted the connection and then answered nothing held the
 * caller's request for more than 60 s (scripts/reliability/network.sh, a partition after the service started without
 * the provider). The call now fails in that time, and the caller gets a 503 problem with Retry-After.
 */
@ApplicationScoped
@Unremovable // looked up by the OIDC extension, injected nowhere
public class ProviderCallTimeout implements OidcRequestFilter {

    @ConfigProperty(name = "ef.security.provider-timeout", defaultValue = "PT5S")
    Duration timeout;

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(timeout.toMillis());
    }
}

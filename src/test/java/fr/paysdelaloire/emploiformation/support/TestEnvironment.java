package fr.paysdelaloire.emploiformation.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares, for every {@code @QuarkusTest} and {@code @QuarkusIntegrationTest}, the outside systems the
 * application needs: a real PostgreSQL, an OpenID Connect provider, and the key production requires to seal webhook
 * secrets.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(WebhookKeyResource.class)
public final class TestEnvironment {

    private TestEnvironment() {
    }
}

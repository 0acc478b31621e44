package fr.paysdelaloire.emploiformation.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares, for every {@code @QuarkusTest} and {@code @QuarkusIntegrationTest}, the outside systems the
 * application needs: a real PostgreSQL and an OpenID Connect provider.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcProviderResource.class)
public final class TestEnvironment {

    private TestEnvironment() {
    }
}

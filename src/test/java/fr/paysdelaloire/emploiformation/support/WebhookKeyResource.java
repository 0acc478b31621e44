package fr.paysdelaloire.emploiformation.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The key that seals webhook secrets at rest, which the production profile requires: a test-only one, given to the
 * packaged application of the integration tests as the deployment gives its own from a Secret.
 */
public class WebhookKeyResource implements QuarkusTestResourceLifecycleManager {

    /** 32 bytes in base64, for tests only (the same as the test profile's). */
    public static final String TEST_KEY = "ZDvfWXByefB4DluyFkDLzoCk7acKxp1gZs3v+JWNoDU=";

    @Override
    public Map<String, String> start() {
        return Map.of("ef.webhooks.secret-key", TEST_KEY);
    }

    @Override
    public void stop() {
        // nothing runs
    }
}

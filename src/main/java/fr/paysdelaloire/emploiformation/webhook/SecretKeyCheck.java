package fr.paysdelaloire.emploiformation.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

/**
 * In production partners' signing secrets are sealed at rest, or the service does not start: {@code
 * ef.webhooks.require-secret-key} (true in the prod profile) without {@code EF_WEBHOOKS_SECRET_KEY} stops the start
 * with a message that says what to set. Then the secrets stored in clear, or sealed before they were bound to their
 * subscription, are sealed again ({@link SecretSealer}).
 */
@ApplicationScoped
public class SecretKeyCheck {

    static final String MISSING = "EF_WEBHOOKS_SECRET_KEY is not set: in production, partners' webhook signing secrets are "
            + "sealed at rest with AES-256-GCM and the service does not start without the key. Set it to 32 random bytes in "
            + "base64 (openssl rand -base64 32), from the Secret emploi-formation-webhooks (key secret-key) on Kubernetes.";

    @Inject
    WebhookConfig config;

    @Inject
    SecretBox secrets;

    @Inject
    SecretSealer sealer;

    void check(@Observes StartupEvent started) {
        refuseWithoutKey(config.requireSecretKey(), secrets.sealing());
        if (secrets.sealing()) {
            sealer.sealAll();
        }
    }

    static void refuseWithoutKey(boolean required, boolean sealing) {
        if (required && !sealing) {
            throw new IllegalStateException(MISSING);
        }
    }
}

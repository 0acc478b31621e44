package fr.paysdelaloire.emploiformation.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The secret box of this deployment, from {@code ef.webhooks.secret-key}; a malformed key stops the start. */
@ApplicationScoped
public class SecretBoxProducer {

    @Produces
    @ApplicationScoped
    SecretBox secretBox(WebhookConfig config) {
        return new SecretBox(config.secretKey().orElse(null));
    }
}

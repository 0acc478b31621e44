package fr.paysdelaloire.emploiformation.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Delivery of webhooks: how often due deliveries are looked for, retries, and which URLs are accepted. */
@ConfigMapping(prefix = "ef.webhooks")
public interface WebhookConfig {

    /** Whether this instance delivers (every replica may: deliveries are leased one at a time). */
    @WithDefault("true")
    boolean deliver();

    /** How often due deliveries are looked for, besides right after a change commits. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** The first retry's wait; doubled at each failure up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Attempts before a delivery is FAILED (the last about 11 hours after the first, with the defaults). */
    @WithDefault("18")
    int maxAttempts();

    /** How long a receiver has to answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Deliveries taken per round. */
    @WithDefault("50")
    int batchSize();

    /** Whether plain http:// URLs are accepted (https only in production). */
    @WithDefault("false")
    boolean allowHttp();

    /** Whether URLs may point at loopback, private or link-local addresses (never in production: SSRF). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long finished deliveries stay in the delivery log (then they, their attempts and events are deleted). */
    @WithDefault("P30D")
    Duration retention();

    /** The key that seals signing secrets at rest: 32 bytes in base64 (from a Secret); unset, they are stored as is. */
    java.util.Optional<String> secretKey();

    /** Whether the service refuses to start without {@link #secretKey()}: true in the prod profile. */
    @WithDefault("false")
    boolean requireSecretKey();

    /** Subscriptions an organisation may hold. */
    @WithDefault("10")
    int maxSubscriptionsPerOwner();

    default DeliveryPolicy policy() {
        return new DeliveryPolicy(initialBackoff(), maxBackoff(), maxAttempts());
    }
}

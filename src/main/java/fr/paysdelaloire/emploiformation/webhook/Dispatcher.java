package fr.paysdelaloire.emploiformation.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fr.paysdelaloire.emploiformation.api.BusinessMetrics;

/**
 * Sends due deliveries: right after a change commits, and every poll interval for retries and for what
 * another replica wrote. Each delivery is a signed POST of the event's body; the receiver's 2xx ends it,
 * anything else schedules a retry with backoff ({@link DeliveryPolicy}). Logs carry ids and status codes only.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    static final String USER_AGENT = "emploi-formation-webhooks/1";

    @Inject
    WebhookConfig config;

    @Inject
    DeliveryStore store;

    @Inject
    Clock clock;

    @Inject
    BusinessMetrics metrics;

    @Inject
    SecretBox secrets;

    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private HttpClient http;

    void start(@Observes StartupEvent started) {
        if (!config.deliver()) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drainQuietly, every, every, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgeQuietly, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** A change committed: look for due deliveries now rather than at the next poll. */
    public void wake() {
        if (executor != null && queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    queued.set(false);
                    drainQuietly();
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    private void drainQuietly() {
        try {
            while (send(store.lease(config.batchSize(), config.timeout().multipliedBy(3))) == config.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            // the database may be away (an outage answers 503 elsewhere): the next poll tries again
            LOG.warnf("Webhook dispatch round failed: %s", e.getClass().getSimpleName());
        }
    }

    private void purgeQuietly() {
        try {
            int purged = store.purge(java.time.OffsetDateTime.now(clock).minus(config.retention()));
            if (purged > 0) {
                LOG.infof("Webhook delivery log: %d deliveries older than %s deleted", purged, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook delivery log purge failed: %s", e.getClass().getSimpleName());
        }
    }

    private int send(List<DeliveryStore.Due> due) {
        for (DeliveryStore.Due delivery : due) {
            long started = System.nanoTime();
            Integer status = null;
            String error = null;
            try {
                refusePrivateAddress(URI.create(delivery.url()));
                long timestamp = clock.instant().getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                        .timeout(config.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", USER_AGENT)
                        .header(WebhookSignature.ID_HEADER, delivery.eventId().toString())
                        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                        .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.signatures(secrets.open(delivery.secret(), delivery.subscriptionId()),
                                secrets.open(delivery.previousSecret(), delivery.subscriptionId()), delivery.eventId().toString(), timestamp, delivery.payload()))
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                        .build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (!DeliveryPolicy.succeeded(status)) {
                    error = "the receiver answered " + status;
                }
            } catch (HttpTimeoutException e) {
                error = "no answer within " + config.timeout().toSeconds() + " s";
            } catch (IOException e) {
                error = "connection failed: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (RefusedAddress | IllegalArgumentException | IllegalStateException e) { // refused URL, unopenable secret
                error = e.getMessage();
            }
            boolean delivered = status != null && DeliveryPolicy.succeeded(status);
            Duration retry = delivered ? null : config.policy().retryAfter(delivery.attempt()).orElse(null);
            metrics.webhookAttempt(delivered ? "DELIVERED" : retry == null ? "FAILED" : "RETRY");
            store.record(delivery.id(), status, error == null ? null : abbreviate(error), (System.nanoTime() - started) / 1_000_000,
                    delivered, retry);
            if (!delivered) {
                LOG.debugf("Webhook delivery %s attempt %d: %s", delivery.id(), delivery.attempt(), error);
            }
        }
        return due.size();
    }

    /** Unless allowed (dev, tests), a receiver must not sit on this side of the network: no SSRF through us. */
    private void refusePrivateAddress(URI url) throws IOException {
        if (config.allowPrivateAddresses()) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
            if (WebhookUrls.isPrivate(address)) {
                throw new RefusedAddress("the URL's host resolves to a private address; deliveries go to public addresses only");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    static final class RefusedAddress extends RuntimeException {
        RefusedAddress(String message) {
            super(message, null, false, false);
        }
    }
}

package fr.paysdelaloire.emploiformation.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import fr.paysdelaloire.emploiformation.api.BusinessMetrics;

/**
 * Sends due deliveries: right after a change commits, and every poll interval for retries and for what
 * another replica wrote. Each delivery is a signed POST of the event's body; the receiver's 2xx ends it,
 * anything else schedules a retry with backoff ({@link DeliveryPolicy}). The receiver's name is resolved once, every
 * address checked ({@link WebhookUrls#pinned}), and the connection goes to the checked address — the name still used
 * for TLS (SNI, certificate) and the Host header — so that a second, different answer of the DNS cannot send a
 * delivery inside the network. Logs carry ids and status codes only.
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

    @Inject
    Vertx vertx;

    /** How a receiver's name becomes addresses: the system's resolver; a test may give its own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private volatile Resolver resolver = InetAddress::getAllByName;

    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private HttpClient http;

    void start(@Observes StartupEvent started) {
        if (!config.deliver()) {
            return;
        }
        // TLS with the JDK's trusted authorities; the certificate must name the URL's host (verify-host), sent as SNI
        http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) config.timeout().toMillis())
                .setVerifyHost(true).setForceSni(true).setMaxRedirects(0).setKeepAlive(true));
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
        if (http != null) {
            http.close();
        }
    }

    /** For the tests: resolve receivers' names with {@code resolver} from now on (null: the system's again). */
    void resolveWith(Resolver replacement) {
        resolver = replacement == null ? InetAddress::getAllByName : replacement;
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
                URI url = URI.create(delivery.url());
                InetAddress address = WebhookUrls.pinned(url.getHost(), resolver.resolve(url.getHost()), config.allowPrivateAddresses());
                long timestamp = clock.instant().getEpochSecond();
                boolean tls = "https".equalsIgnoreCase(url.getScheme());
                int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
                RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost(url.getHost()).setPort(port)
                        .setSsl(tls).setURI(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/"
                                : url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))
                        // the checked address, not a second resolution of the name
                        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                        .setTimeout(config.timeout().toMillis())
                        .putHeader("Content-Type", "application/json")
                        .putHeader("User-Agent", USER_AGENT)
                        .putHeader(WebhookSignature.ID_HEADER, delivery.eventId().toString())
                        .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                        .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.signatures(
                                secrets.open(delivery.secret(), delivery.subscriptionId()),
                                secrets.open(delivery.previousSecret(), delivery.subscriptionId()), delivery.eventId().toString(),
                                timestamp, delivery.payload()));
                status = http.request(request)
                        .compose(sent -> sent.send(Buffer.buffer(delivery.payload())))
                        // the status is what counts: with no handler set, the receiver's body is read and dropped, never
                        // kept. Setting one here would race the answer's end: a short answer may have ended already, and
                        // handler(...) then throws IllegalStateException (an answered attempt logged as a failed connection)
                        .compose(answer -> answer.end().map(ended -> answer.statusCode()))
                        .toCompletionStage().toCompletableFuture()
                        .get(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                if (!DeliveryPolicy.succeeded(status)) {
                    error = "the receiver answered " + status;
                }
            } catch (TimeoutException e) {
                error = "no answer within " + config.timeout().toSeconds() + " s";
            } catch (ExecutionException e) {
                error = timedOut(e.getCause()) ? "no answer within " + config.timeout().toSeconds() + " s"
                        : "connection failed: " + e.getCause().getClass().getSimpleName();
            } catch (UnknownHostException e) {
                error = "connection failed: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) { // refused address, bad URL, unopenable secret
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

    private static boolean timedOut(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

}

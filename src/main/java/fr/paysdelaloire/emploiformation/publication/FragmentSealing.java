package fr.paysdelaloire.emploiformation.publication;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Deflates the LHEO fragments published before V31 (or written by anything but the publisher), so that the
 * gzip-encoded export serves them as stored instead of sealing them on every pull: every
 * {@code ef.publication.seal-interval}, batches of {@value #BATCH} until none is left. Every replica runs it; a batch
 * locks its rows and skips those another replica holds, and sealing twice gives the same bytes.
 */
@ApplicationScoped
public class FragmentSealing {

    private static final Logger LOG = Logger.getLogger(FragmentSealing.class);
    static final int BATCH = 200;

    @ConfigProperty(name = "ef.publication.seal-interval", defaultValue = "PT1M")
    Duration interval;

    @Inject
    PublicationRepository entries;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent started) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lheo-seal");
            thread.setDaemon(true);
            return thread;
        });
        long every = interval.toMillis();
        executor.scheduleWithFixedDelay(this::sealQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Seals every fragment that has no deflated form yet; how many it sealed. */
    public int sealAll() {
        int sealed = 0;
        while (!Thread.currentThread().isInterrupted()) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                List<PublicationRepository.Unsealed> unsealed = entries.unsealed(BATCH);
                unsealed.forEach(u -> entries.seal(u.sessionId(), u.lheo(), LheoGzip.seal(u.lheo())));
                return unsealed.size();
            });
            sealed += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return sealed;
    }

    private void sealQuietly() {
        try {
            int sealed = sealAll();
            if (sealed > 0) {
                LOG.infof("Deflated %d stored LHEO fragments for the gzip-encoded export", sealed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Sealing LHEO fragments failed, next round in %s: %s", interval, e.getClass().getSimpleName());
        }
    }
}

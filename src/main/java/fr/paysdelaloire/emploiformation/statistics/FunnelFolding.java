package fr.paysdelaloire.emploiformation.statistics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Folds the funnel's differences into its tally every {@code ef.funnel.fold-interval} (V30), so that a funnel read
 * after a quiet month folds a minute of writes, not a month of them. Each read folds too (the figures are exact
 * without this); every replica runs it, PostgreSQL's advisory lock in {@code funnel_fold()} lets one fold at a time.
 */
@ApplicationScoped
public class FunnelFolding {

    private static final Logger LOG = Logger.getLogger(FunnelFolding.class);

    @ConfigProperty(name = "ef.funnel.fold-interval", defaultValue = "PT1M")
    Duration interval;

    @Inject
    EntityManager entityManager;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent started) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "funnel-fold");
            thread.setDaemon(true);
            return thread;
        });
        long every = interval.toMillis();
        executor.scheduleWithFixedDelay(this::foldQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Folds what is written so far; how many differences it folded. */
    public long fold() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select funnel_fold()").getSingleResult()).longValue());
    }

    private void foldQuietly() {
        try {
            fold();
        } catch (RuntimeException e) {
            LOG.warnf("Funnel fold failed, next round in %s: %s", interval, e.getClass().getSimpleName());
        }
    }
}

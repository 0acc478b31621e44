package fr.paysdelaloire.emploiformation.statistics;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fr.paysdelaloire.emploiformation.api.Rounds;

/**
 * Folds the funnel's differences into its tally every {@code ef.funnel.fold-interval} (V30), so that a funnel read
 * after a quiet month folds a minute of writes, not a month of them. Each read folds too (the figures are exact
 * without this); every replica runs it, PostgreSQL's advisory lock in {@code funnel_fold()} lets one fold at a time.
 */
@ApplicationScoped
public class FunnelFolding {

    @ConfigProperty(name = "ef.funnel.fold-interval", defaultValue = "PT1M")
    Duration interval;

    @Inject
    EntityManager entityManager;

    private Rounds rounds;

    void start(@Observes StartupEvent started) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        rounds = Rounds.every(interval, "funnel-fold", "Funnel fold", this::fold);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (rounds != null) {
            rounds.stop();
        }
    }

    /** Folds what is written so far; how many differences it folded. */
    public long fold() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select funnel_fold()").getSingleResult()).longValue());
    }
}

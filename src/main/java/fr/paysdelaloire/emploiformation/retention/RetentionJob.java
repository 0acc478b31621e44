package fr.paysdelaloire.emploiformation.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fr.paysdelaloire.emploiformation.api.Idempotency;
import fr.paysdelaloire.emploiformation.api.Rounds;
import fr.paysdelaloire.emploiformation.candidate.CandidateRetention;

/**
 * The purge of personal data past its retention period ({@link RetentionConfig}): stored idempotent answers, candidates'
 * identities, the candidates' access log. Every replica schedules it; a transaction-scoped advisory lock lets one run at a
 * time and the others skip the round, and every statement is idempotent, so several replicas never purge twice nor
 * block each other. Logs carry counts only.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** The advisory lock key of the purge: one replica at a time. */
    static final String LOCK = "ef:retention";

    /** What one run did; {@code ran} false when another replica held the lock. */
    public record Report(boolean ran, int idempotencyAnswers, int candidatesErased, int accessLogEntries) {
    }

    @Inject
    RetentionConfig config;

    @Inject
    Idempotency idempotency;

    @Inject
    CandidateRetention candidates;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private Rounds rounds;

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        rounds = Rounds.every(config.interval(), "retention-purge", "Retention purge", this::runAndTell);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (rounds != null) {
            rounds.stop();
        }
    }

    private void runAndTell() {
        Report report = run();
        if (report.ran() && report.idempotencyAnswers() + report.candidatesErased() + report.accessLogEntries() > 0) {
            LOG.infof("Retention purge: %d idempotent answers, %d candidates' identities, %d access log entries",
                    report.idempotencyAnswers(), report.candidatesErased(), report.accessLogEntries());
        }
    }

    /** One round, now; what the scheduler runs, and what a test runs with a clock it controls. */
    public Report run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Report first = QuarkusTransaction.requiringNew().call(() -> {
            if (!locked()) {
                return new Report(false, 0, 0, 0);
            }
            int answers = idempotency.purgeStoredBefore(now.minus(config.idempotencyAnswers()));
            int log = candidates.purgeAccessLog(now.minus(config.candidateAccessLog()));
            return new Report(true, answers, 0, log);
        });
        if (!first.ran()) {
            return first;
        }
        int erased = 0;
        while (true) {
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> locked()
                    ? candidates.eraseInactiveSince(now.minus(config.candidateIdentity()), now, config.batchSize())
                    : List.<UUID> of());
            erased += batch.size();
            if (batch.size() < config.batchSize()) {
                break;
            }
        }
        return new Report(true, first.idempotencyAnswers(), erased, first.accessLogEntries());
    }

    private boolean locked() {
        Object acquired = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", LOCK).getSingleResult();
        return Boolean.TRUE.equals(acquired);
    }
}

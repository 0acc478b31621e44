package fr.paysdelaloire.emploiformation.publication;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fr.paysdelaloire.emploiformation.api.Rounds;

/**
 * Deflates the LHEO fragments published before V31 (or written by anything but the publisher, or under another
 * public aimed at: those are forgotten at start, when the setting may have changed), so that the
 * gzip-encoded export serves them as stored instead of sealing them on every pull: every
 * {@code ef.publication.seal-interval}, batches of {@value #BATCH} until none is left. Every replica runs it; a batch
 * locks its rows and skips those another replica holds, and sealing twice gives the same bytes. Each round first
 * publishes again the entries written in an older representation (V33), so that their new fragments are sealed too.
 */
@ApplicationScoped
public class FragmentSealing {

    private static final Logger LOG = Logger.getLogger(FragmentSealing.class);
    static final int BATCH = 200;

    @ConfigProperty(name = "ef.publication.seal-interval", defaultValue = "PT1M")
    Duration interval;

    @ConfigProperty(name = "ef.lheo.code-public-vise", defaultValue = "15041")
    String publicViseCode;

    @Inject
    PublicationRepository entries;

    @Inject
    Publisher publisher;

    private Rounds rounds;

    void start(@Observes StartupEvent started) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        rounds = Rounds.every(interval, "lheo-seal", "Deflating LHEO fragments", this::sealAndTell);
        rounds.now(this::forgetAndTell); // first, and off the start's path
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (rounds != null) {
            rounds.stop();
        }
    }

    /**
     * Forgets the deflated fragments made under another public aimed at ({@code ef.lheo.code-public-vise} changed
     * since): the export does not use them, and the next round deflates them again; how many.
     */
    public int forgetOthers() {
        return QuarkusTransaction.requiringNew().call(() -> entries.forgetSealedWithAnotherCode(publicViseCode));
    }

    /**
     * Publishes again, in batches, the entries written in an older representation (V33: before they said where the jobs
     * are, issue #25), each with a new change; how many. Their fragments are then sealed by {@link #sealAll}.
     */
    public int republishOutdated() {
        return inBatches(() -> {
            List<java.util.UUID> outdated = entries.outdated(BATCH);
            outdated.forEach(publisher::republish);
            return outdated.size();
        });
    }

    /** Seals every fragment that has no deflated form yet; how many it sealed. */
    public int sealAll() {
        return inBatches(() -> {
            List<PublicationRepository.Unsealed> unsealed = entries.unsealed(BATCH);
            unsealed.forEach(u -> entries.seal(u.sessionId(), u.lheo(), LheoGzip.seal(u.lheo(), publicViseCode), publicViseCode));
            return unsealed.size();
        });
    }

    /** Runs {@code batch} (which handles at most {@value #BATCH} rows) each in its own transaction until one comes short. */
    private static int inBatches(java.util.function.Supplier<Integer> batch) {
        int done = 0;
        while (!Thread.currentThread().isInterrupted()) {
            int handled = QuarkusTransaction.requiringNew().call(batch::get);
            done += handled;
            if (handled < BATCH) {
                break;
            }
        }
        return done;
    }

    private void forgetAndTell() {
        int forgotten = forgetOthers();
        if (forgotten > 0) {
            LOG.infof("%d deflated LHEO fragments carried another public aimed at: deflated again from now on", forgotten);
        }
    }

    private void sealAndTell() {
        int republished = republishOutdated();
        if (republished > 0) {
            LOG.infof("Published %d sessions again in today's representation (where the jobs are, V33)", republished);
        }
        int sealed = sealAll();
        if (sealed > 0) {
            LOG.infof("Deflated %d stored LHEO fragments for the gzip-encoded export", sealed);
        }
    }
}

package fr.paysdelaloire.emploiformation.api;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A background job's rounds (the funnel's fold, the retention purge, the LHEO fragments' deflating): one daemon thread
 * per job, a round every interval after the previous one ended. A failed round is logged with its exception's class
 * only (no personal data in logs) and the next one comes.
 */
public final class Rounds {

    private static final Logger LOG = Logger.getLogger(Rounds.class);

    private final ScheduledExecutorService executor;
    private final String what;
    private final Duration interval;

    private Rounds(String thread, String what, Duration interval) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread daemon = new Thread(r, thread);
            daemon.setDaemon(true);
            return daemon;
        });
        this.what = what;
        this.interval = interval;
    }

    /** Starts the rounds of {@code round}, the first one an interval from now; {@code what} names it in the log. */
    public static Rounds every(Duration interval, String thread, String what, Runnable round) {
        Rounds rounds = new Rounds(thread, what, interval);
        long every = interval.toMillis();
        rounds.executor.scheduleWithFixedDelay(rounds.quietly(round), every, every, TimeUnit.MILLISECONDS);
        return rounds;
    }

    /** Runs {@code once} on the job's thread, before any round that has not started. */
    public void now(Runnable once) {
        executor.execute(quietly(once));
    }

    /** Stops the rounds, waiting up to 5 s for one under way. */
    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private Runnable quietly(Runnable round) {
        return () -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                LOG.warnf("%s failed, next round in %s: %s", what, interval, e.getClass().getSimpleName());
            }
        };
    }
}

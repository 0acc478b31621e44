package fr.paysdelaloire.emploiformation.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.inject.Produces;

/**
 * The clock of the application under test: the system's, unless a test moves it ({@link #advance}) to see what
 * happens later (retention periods, months of attendance); it must {@link #reset} it when done. Replaces the
 * application's default clock ({@code ClockProducer} is a {@code @DefaultBean}) in every {@code @QuarkusTest};
 * the packaged application of the integration tests does not contain it.
 */
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the application's time forward (or back, with a negative duration) from now on. */
    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Produces the one test clock, as the application's {@link Clock} and as itself for the tests that move it. */
    @jakarta.inject.Singleton
    public static class Producer {

        private static final TestClock CLOCK = new TestClock();

        @Produces
        @jakarta.inject.Singleton
        TestClock clock() {
            return CLOCK;
        }
    }
}

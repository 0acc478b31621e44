package fr.paysdelaloire.emploiformation.webhook;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A change that reports to the outbox, then fails or waits before committing: what the outbox does with it. */
@ApplicationScoped
public class OutboxProbe {

    @Inject
    Outbox outbox;

    @Transactional
    public void publish(UUID subject, Set<String> readers) {
        outbox.publish(EventType.INTENTION_WITHDRAWN, subject, Map.of("to", "WITHDRAWN"), readers);
    }

    @Transactional
    public void publishThenFail(UUID subject, Set<String> readers) {
        outbox.publish(EventType.INTENTION_WITHDRAWN, subject, Map.of("to", "WITHDRAWN"), readers);
        throw new IllegalStateException("the change fails after it reported itself: its transaction rolls back");
    }

    @Transactional
    public void publishAndWait(UUID subject, Set<String> readers, CountDownLatch published, CountDownLatch commit)
            throws InterruptedException {
        outbox.publish(EventType.INTENTION_WITHDRAWN, subject, Map.of("to", "WITHDRAWN"), readers);
        published.countDown();
        if (!commit.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never told to commit");
        }
    }
}

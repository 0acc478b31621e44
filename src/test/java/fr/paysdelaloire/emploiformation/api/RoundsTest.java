package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void aFailedRoundIsFollowedByTheNextAndWhatRunsNowComesFirst() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        Rounds rounds = Rounds.every(Duration.ofMillis(20), "test-rounds", "Test rounds", () -> {
            ran.add("round");
            three.countDown();
            throw new IllegalStateException("every round fails");
        });
        rounds.now(() -> ran.add("now"));
        assertTrue(three.await(5, TimeUnit.SECONDS), "three rounds despite their failures");
        rounds.stop();
        assertEquals("now", ran.get(0));
        int after = ran.size();
        Thread.sleep(60);
        assertEquals(after, ran.size(), "no round after stop");
    }
}

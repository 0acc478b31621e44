package fr.paysdelaloire.emploiformation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The one transition mechanism: the next status, or a refusal naming what is allowed now. */
class LifecycleTest {

    enum Door implements Transition<String> {
        OPEN("open", Set.of("closed"), "open"),
        CLOSE("close", Set.of("open"), "closed"),
        LOCK("lock", Set.of("closed"), "locked");

        private final String path;
        private final Set<String> from;
        private final String to;

        Door(String path, Set<String> from, String to) {
            this.path = path;
            this.from = from;
            this.to = to;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public boolean allowedFrom(String status) {
            return from.contains(status);
        }

        @Override
        public String to() {
            return to;
        }
    }

    static final Lifecycle<String, Door> DOOR = new Lifecycle<>("door", Door.values());

    @Test
    void anAllowedTransitionLeadsToItsStatus() {
        assertEquals("open", DOOR.next("closed", Door.OPEN));
        assertEquals("locked", DOOR.next("closed", Door.LOCK));
    }

    @Test
    void aRefusalNamesTheTransitionsAllowedNowInTheirOrder() {
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> DOOR.next("closed", Door.CLOSE));
        assertEquals(List.of("open", "lock"), refused.allowed());
        assertEquals("A door closed cannot close; allowed now: open, lock", refused.getMessage());
    }

    @Test
    void anEndAllowsNothing() {
        IllegalTransition refused = assertThrows(IllegalTransition.class, () -> DOOR.next("locked", Door.OPEN));
        assertEquals(List.of(), refused.allowed());
        assertEquals("A door locked cannot open; allowed now: none", refused.getMessage());
        assertEquals(List.of(), DOOR.allowedFrom("locked"));
    }
}

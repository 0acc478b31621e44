package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place an intention's status moves: its history row, its timestamps, and what partners are told of the move
 * (COVERED, FULFILLED, WITHDRAWN are events). Runs in the caller's transaction.
 */
@ApplicationScoped
class IntentionTimeline {

    @Inject
    IntentionHistoryRepository history;

    @Inject
    IntentionEvents events;

    @Inject
    Clock clock;

    /** A new intention, just persisted, enters the register with the status its evaluation gave it. */
    void begin(HiringIntention intention, String actor) {
        history.insert(IntentionHistoryEntry.of(intention.id, null, intention.status, actor, intention.lastStatusChangeAt, null));
    }

    /** The intention moves to {@code to}; the same status is only a note. */
    void move(HiringIntention intention, IntentionStatus to, String actor, String reason) {
        if (to == intention.status) {
            note(intention, actor, reason);
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        history.persist(IntentionHistoryEntry.of(intention.id, intention.status, to, actor, now, reason));
        events.changed(intention, intention.status, to);
        intention.status = to;
        intention.lastStatusChangeAt = now;
        intention.updatedAt = now;
    }

    /** A fact of the intention's life that moves no status (a derogation lapsed, an arbitration lapsed). */
    void note(HiringIntention intention, String actor, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        history.persist(IntentionHistoryEntry.of(intention.id, intention.status, intention.status, actor, now, reason));
        intention.updatedAt = now;
    }
}

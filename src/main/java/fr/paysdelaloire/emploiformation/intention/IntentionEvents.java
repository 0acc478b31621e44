package fr.paysdelaloire.emploiformation.intention;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

/** What partners are told about hiring intentions, and who may be told: those who may read the intention. */
@ApplicationScoped
class IntentionEvents {

    @Inject
    Outbox outbox;

    /** Received, corrected, or a derogation decided: the eligibility was evaluated. */
    void decided(HiringIntention intention) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcome", intention.eligibilityOutcome);
        data.put("status", intention.status);
        outbox.publish(EventType.INTENTION_ELIGIBILITY_DECIDED, intention.id, data, IntentionAccess.readers(intention));
    }

    /** A derogation on the intention lapsed: the facts it was about changed (issue #17). */
    void derogationLapsed(HiringIntention intention, java.util.UUID derogationId, String rule) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("derogation_id", derogationId);
        data.put("rule", rule);
        data.put("status", intention.status);
        outbox.publish(EventType.INTENTION_DEROGATION_LAPSED, intention.id, data, IntentionAccess.readers(intention));
    }

    /** A status change; only covered, fulfilled and withdrawn are events. */
    void changed(HiringIntention intention, IntentionStatus from, IntentionStatus to) {
        EventType type = switch (to) {
            case COVERED -> EventType.INTENTION_COVERED;
            case FULFILLED -> EventType.INTENTION_FULFILLED;
            case WITHDRAWN -> EventType.INTENTION_WITHDRAWN;
            default -> null;
        };
        if (type != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("from", from);
            data.put("to", to);
            data.put("hires", intention.hires);
            data.put("positions", intention.positions);
            outbox.publish(type, intention.id, data, IntentionAccess.readers(intention));
        }
    }

    /** A hire that leaves positions open (issue #19): hires / positions, the status unchanged. */
    void hireRecorded(HiringIntention intention) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hires", intention.hires);
        data.put("positions", intention.positions);
        data.put("status", intention.status);
        outbox.publish(EventType.INTENTION_HIRE_RECORDED, intention.id, data, IntentionAccess.readers(intention));
    }
}

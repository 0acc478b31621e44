package fr.paysdelaloire.emploiformation.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

/** What partners are told about session requests, and who may be told: those who may read the request. */
@ApplicationScoped
class SessionEvents {

    @Inject
    Outbox outbox;

    /** A transition of the life cycle; submitted, information requested, authorised and rejected are events. */
    void changed(SessionRequest request, SessionStatus from, SessionTransition transition) {
        EventType type = switch (transition) {
            case SUBMIT -> EventType.SESSION_REQUEST_SUBMITTED;
            case REQUEST_INFORMATION -> EventType.SESSION_REQUEST_INFORMATION_REQUESTED;
            case AUTHORISE -> EventType.SESSION_REQUEST_AUTHORISED;
            case REJECT -> EventType.SESSION_REQUEST_REJECTED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from);
        data.put("to", request.status);
        data.put("lot_code", request.lotCode);
        outbox.publish(type, request.id, data, SessionAccess.readers(request));
        if (transition == SessionTransition.SUBMIT && !request.submitterSiret.equals(request.mandataireSiret)) {
            // §9: a co-traitant submits to the Region directly, the mandataire being informed.
            Map<String, Object> cotraitant = new LinkedHashMap<>(data);
            cotraitant.put("submitter_siret", request.submitterSiret);
            outbox.publish(EventType.COTRAITANT_SUBMITTED, request.id, cotraitant,
                    Set.of(Organisation.trainingBody(request.mandataireSiret).toString()));
        }
    }

    /** A derogation on the request lapsed: the facts it was about changed (issue #17). */
    void derogationLapsed(SessionRequest request, java.util.UUID derogationId, String rule) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("derogation_id", derogationId);
        data.put("rule", rule);
        data.put("status", request.status);
        data.put("lot_code", request.lotCode);
        outbox.publish(EventType.SESSION_REQUEST_DEROGATION_LAPSED, request.id, data, SessionAccess.readers(request));
    }

    /** The Region decided a new calendar (issue #19, §6): accepted or not, and the session's dates now. */
    void calendarDecided(SessionRequest request, boolean accepted) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accepted", accepted);
        data.put("start_date", request.startDate.toString());
        data.put("end_date", request.endDate.toString());
        data.put("status", request.status);
        data.put("lot_code", request.lotCode);
        outbox.publish(EventType.SESSION_REQUEST_CALENDAR_DECIDED, request.id, data, SessionAccess.readers(request));
    }
    /** A review opened on an authorised session (issue #19): a withdrawal the Region analyses (§6), a joining (§5). */
    void reviewOpened(SessionRequest request, SessionReview review) {
        outbox.publish(EventType.SESSION_REVIEW_OPENED, request.id, review(request, review), SessionAccess.readers(request));
    }

    /** The Region decided a review: data kind, decision, places before and after. */
    void reviewDecided(SessionRequest request, SessionReview review) {
        Map<String, Object> data = review(request, review);
        data.put("decision", review.decision);
        data.put("places_before", review.placesBefore);
        data.put("places_after", review.placesAfter);
        outbox.publish(EventType.SESSION_REVIEW_DECIDED, request.id, data, SessionAccess.readers(request));
    }

    private static Map<String, Object> review(SessionRequest request, SessionReview review) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("review_id", review.id);
        data.put("kind", review.kind);
        data.put("hiring_intention_id", review.intentionId);
        data.put("status", request.status);
        data.put("lot_code", request.lotCode);
        return data;
    }
}

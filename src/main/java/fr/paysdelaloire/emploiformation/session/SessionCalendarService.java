package fr.paysdelaloire.emploiformation.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * A new calendar for an authorised session not yet started (§6): the training body that made the request proposes it,
 * stating that every engaged employer agreed; the Region accepts it (the session's dates change, the publication
 * follows) or refuses it. The history keeps both calendars.
 */
@ApplicationScoped
public class SessionCalendarService {

    @Inject
    SessionAccess access;

    @Inject
    SessionMapper mapper;

    @Inject
    SessionHistoryRepository history;

    @Inject
    SessionRequestRepository requests;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<SessionChanged> changes;

    @Inject
    SessionEvents events;

    public Representation<SessionRequestResponse> propose(UUID id, CalendarBody body, String ifMatch) {
        validation.check(body);
        if (body.endDate().isBefore(body.startDate())) {
            throw ApiProblem.invalid("end_date", "is before start_date");
        }
        String actor = caller.requireOrganisation();
        return Retries.inTransaction(() -> {
            SessionRequest request = access.writable(id);
            access.submitterOnly(request, "proposes a new calendar for");
            SessionAccess.precondition(request, ifMatch);
            String refusal = SessionRequestRules.calendarRefusal(request.status, body.employersAgreed());
            if (refusal != null) {
                throw request.status == SessionStatus.AUTHORISED ? ApiProblem.invalid("employers_agreed", refusal)
                        : ApiProblem.conflict(refusal);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            request.proposedStartDate = body.startDate();
            request.proposedEndDate = body.endDate();
            request.proposalReason = FreeText.orNull(body.reason());
            request.proposedAt = now;
            request.proposedBy = actor;
            request.updatedAt = now;
            history.record(request.id, request.status, request.status, actor, now, "Nouveau calendrier proposé : du "
                    + body.startDate() + " au " + body.endDate() + ", les employeurs engagés ayant donné leur accord (§6)"
                    + (request.proposalReason == null ? "" : " — " + request.proposalReason));
            requests.flush();
            return mapper.written(request, false);
        });
    }

    /** The Region's decision on the pending calendar: accepted, the session's dates change; refused, they stay. */
    public Representation<SessionRequestResponse> decide(UUID id, boolean accepted, CalendarDecisionBody body, String ifMatch) {
        if (body != null) {
            validation.check(body);
        }
        String actor = caller.requireOrganisation();
        String why = body == null ? null : body.reasonOrNull();
        if (!accepted && why == null) {
            throw ApiProblem.invalid("reason", "is required to refuse a new calendar");
        }
        return Retries.inTransaction(() -> {
            SessionRequest request = access.writable(id);
            SessionAccess.precondition(request, ifMatch);
            if (request.proposedStartDate == null) {
                throw ApiProblem.conflict("No new calendar is waiting for a decision on this session");
            }
            String refusal = SessionRequestRules.calendarRefusal(request.status, true);
            if (refusal != null) {
                throw ApiProblem.conflict(refusal);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String proposed = "du " + request.proposedStartDate + " au " + request.proposedEndDate;
            String note;
            if (accepted) {
                note = "Nouveau calendrier accepté : " + proposed + " (était du " + request.startDate + " au " + request.endDate + ")";
                request.startDate = request.proposedStartDate;
                request.endDate = request.proposedEndDate;
            } else {
                note = "Nouveau calendrier refusé (" + proposed + ") : les dates restent du " + request.startDate + " au "
                        + request.endDate;
            }
            request.proposedStartDate = null;
            request.proposedEndDate = null;
            request.proposalReason = null;
            request.proposedAt = null;
            request.proposedBy = null;
            request.updatedAt = now;
            history.record(request.id, request.status, request.status, actor, now, why == null ? note : note + " — " + why);
            events.calendarDecided(request, accepted);
            requests.flush();
            if (accepted) {
                changes.fire(new SessionChanged(request.id)); // the publication carries the new dates
            }
            return mapper.written(request, false);
        });
    }
}

package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.SessionChanged;
import fr.paysdelaloire.emploiformation.session.SessionCompleted;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/**
 * The life of a path ({@link PathTransition}), reported by the training body that runs its session: the employer's
 * agreement, the integration (§5), the drop-out (§5), the end with the session, and what became of the trainee (§6).
 */
@ApplicationScoped
public class PathTransitions {

    @Inject
    PathRepository paths;

    @Inject
    PathAccess access;

    @Inject
    PathEvents events;

    @Inject
    SessionDirectory sessions;

    @Inject
    IntentionLedger ledger;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<SessionChanged> changes;

    public Representation<PathResponse> apply(UUID id, PathTransition transition, Object body) {
        String actor = caller.requireOrganisation();
        if (body != null || transition == PathTransition.DROP_OUT) {
            validation.check(body);
        }
        return Retries.inTransaction(() -> {
            TrainingPath path = access.runnable(id);
            if (transition == PathTransition.EMPLOYER_AGREEMENT
                    && PathRules.agreementNotedAfterIntegration(path.status, path.employerAgreedAt != null)) {
                return agreedAfterIntegration(path, actor);
            }
            PathStatus from = path.status;
            path.status = PathTransition.LIFECYCLE.next(path.status, transition);
            String reason = null;
            if (body instanceof PathIntegrationBody integrate) {
                SessionDirectory.SessionFacts session = sessions.find(path.sessionRequestId).orElseThrow();
                PathRules.individualHours(integrate.individualHours(), session.plannedHours()).ifPresent(refusal -> {
                    throw new ApiProblem(ProblemType.UNPROCESSABLE, refusal);
                });
                path.individualHours = integrate.individualHours() == null ? session.plannedHours() : integrate.individualHours();
                path.partTime = Boolean.TRUE.equals(integrate.partTime());
            } else if (body instanceof PathDropOutBody dropOut) {
                path.dropOutReason = dropOut.reason().strip();
                reason = path.dropOutReason;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (transition == PathTransition.EMPLOYER_AGREEMENT) {
                path.employerAgreedAt = now;
            }
            if (path.status == PathStatus.DROPPED_OUT) {
                path.endedAt = now;
            }
            path.updatedAt = now;
            paths.record(path, from, path.status, actor, now, reason);
            if (transition == PathTransition.INTEGRATE) {
                events.integrated(path);
            }
            paths.flush();
            changes.fire(new SessionChanged(path.sessionRequestId));
            return PathResponse.written(path, false);
        });
    }

    /** §5: the employer agreed once the trainee was integrated: noted, the path stays INTEGRATED. */
    private Representation<PathResponse> agreedAfterIntegration(TrainingPath path, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        path.employerAgreedAt = now;
        path.updatedAt = now;
        paths.record(path, path.status, path.status, actor, now, "Accord de l'employeur donné après l'intégration (§5)");
        paths.flush();
        return PathResponse.written(path, false);
    }

    /** What became of the trainee; a hire fulfils the hiring intention (§6). */
    public Representation<PathResponse> outcome(UUID id, PathOutcomeBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        if (body.outcome() == TrainingPath.Outcome.HIRED && (body.contractType() == null || body.startDate() == null)) {
            throw ApiProblem.invalid(body.contractType() == null ? "contract_type" : "start_date", "is required for a hire");
        }
        if (body.outcome() == TrainingPath.Outcome.NOT_HIRED && (body.reason() == null || body.reason().isBlank())) {
            throw ApiProblem.invalid("reason", "is required when the trainee is not hired");
        }
        return Retries.inTransaction(() -> {
            TrainingPath path = access.runnable(id);
            if (path.status != PathStatus.COMPLETED && path.status != PathStatus.DROPPED_OUT) {
                throw ApiProblem.conflict("The outcome is recorded once the path is COMPLETED or DROPPED_OUT; this one is " + path.status);
            }
            if (path.outcome != null) {
                throw ApiProblem.conflict("The outcome of this path is already recorded: " + path.outcome);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            path.outcome = body.outcome();
            path.outcomeContractType = body.contractType() == null ? null : body.contractType().name();
            path.outcomeStartDate = body.startDate();
            path.outcomeReason = body.reason() == null ? null : body.reason().strip();
            path.partialCertification = Boolean.TRUE.equals(body.partialCertification());
            path.updatedAt = now;
            String summary = body.outcome() == TrainingPath.Outcome.HIRED
                    ? "Embauché : " + path.outcomeContractType + " à partir du " + path.outcomeStartDate
                    : "Non embauché : " + path.outcomeReason;
            paths.record(path, path.status, path.status, actor, now, summary
                    + (path.partialCertification ? " — attestation de certification partielle (§4)" : ""));
            if (body.outcome() == TrainingPath.Outcome.HIRED && path.intentionId != null) {
                ledger.hired(path.intentionId, actor); // a socle path fills no hiring intention (§10)
            }
            events.outcomeRecorded(path);
            paths.flush();
            return PathResponse.written(path, false);
        });
    }

    /** The session is over: its integrated paths are completed. */
    void onSessionCompleted(@Observes SessionCompleted completed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (TrainingPath path : paths.integratedIn(completed.sessionRequestId())) {
            path.status = PathTransition.LIFECYCLE.next(path.status, PathTransition.COMPLETE);
            path.updatedAt = now;
            path.endedAt = now;
            paths.record(path, PathStatus.INTEGRATED, PathStatus.COMPLETED, completed.actor(), now, "Fin de la session");
        }
    }
}

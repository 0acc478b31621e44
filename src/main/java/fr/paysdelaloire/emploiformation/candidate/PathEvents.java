package fr.paysdelaloire.emploiformation.candidate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;
import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

/** What partners are told about training paths, and who may be told: those who may read the path. */
@ApplicationScoped
class PathEvents {

    @Inject
    Outbox outbox;

    @Inject
    SessionDirectory sessions;

    @Inject
    CandidateRepository candidates;

    void integrated(TrainingPath path) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", PathStatus.EMPLOYER_AGREED);
        data.put("to", path.status);
        data.put("session_request_id", path.sessionRequestId);
        outbox.publish(EventType.PATH_INTEGRATED, path.id, data, readers(path));
    }

    void outcomeRecorded(TrainingPath path) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", path.status);
        data.put("outcome", path.outcome);
        data.put("session_request_id", path.sessionRequestId);
        outbox.publish(EventType.PATH_OUTCOME_RECORDED, path.id, data, readers(path));
    }

    /**
     * As {@code PathService#readable}: the training bodies that run the session (its submitter and the lot's
     * mandataire) and the validators that handle the candidate (created or validated it), besides the Region.
     */
    Set<String> readers(TrainingPath path) {
        Set<String> readers = new TreeSet<>();
        sessions.find(path.sessionRequestId).ifPresent(session -> {
            readers.add(Organisation.trainingBody(session.submitterSiret()).toString());
            readers.add(Organisation.trainingBody(session.mandataireSiret()).toString());
        });
        candidates.findByIdOptional(path.candidateId).ifPresent(candidate -> {
            for (String handler : new String[] { candidate.createdBy, candidate.validatedBy }) {
                if (handler != null && Organisation.of(handler).is(Roles.VALIDATOR)) {
                    readers.add(handler);
                }
            }
        });
        return readers;
    }
}

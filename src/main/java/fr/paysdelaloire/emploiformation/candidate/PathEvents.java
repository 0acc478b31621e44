package fr.paysdelaloire.emploiformation.candidate;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

/** What partners are told about training paths, and who may be told: those who may read the path. */
@ApplicationScoped
class PathEvents {

    @Inject
    Outbox outbox;

    @Inject
    PathAccess access;

    void integrated(TrainingPath path) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", PathStatus.EMPLOYER_AGREED);
        data.put("to", path.status);
        data.put("session_request_id", path.sessionRequestId);
        outbox.publish(EventType.PATH_INTEGRATED, path.id, data, access.readers(path));
    }

    void outcomeRecorded(TrainingPath path) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", path.status);
        data.put("outcome", path.outcome);
        data.put("session_request_id", path.sessionRequestId);
        outbox.publish(EventType.PATH_OUTCOME_RECORDED, path.id, data, access.readers(path));
    }
}

package fr.paysdelaloire.emploiformation.session;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/** What other capabilities need to know of a session, without its entities. Runs in the caller's transaction. */
@ApplicationScoped
public class SessionDirectory {

    /** A session as paths see it. */
    public record SessionFacts(UUID id, SessionStatus status, String submitterSiret, String mandataireSiret,
            Set<UUID> intentionIds, int plannedHours) {

        /** The training body that runs it, or the lot's mandataire (§9). */
        public boolean runBy(String siret) {
            return siret != null && (siret.equals(submitterSiret) || siret.equals(mandataireSiret));
        }
    }

    @Inject
    SessionRequestRepository requests;

    public Optional<SessionFacts> find(UUID id) {
        return requests.findByIdOptional(id).map(SessionDirectory::facts);
    }

    /** Locks the session's row until the transaction ends, so that paths of one session are added one at a time. */
    public Optional<SessionFacts> lock(UUID id) {
        return requests.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(SessionDirectory::facts);
    }

    private static SessionFacts facts(SessionRequest r) {
        return new SessionFacts(r.id, r.status, r.submitterSiret, r.mandataireSiret, Set.copyOf(r.intentionIds), r.plannedHours);
    }
}

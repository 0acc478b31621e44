package fr.paysdelaloire.emploiformation.session;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import fr.paysdelaloire.emploiformation.reference.CertificationKind;

/** What other capabilities need to know of a session, without its entities. Runs in the caller's transaction. */
@ApplicationScoped
public class SessionDirectory {

    /** A session as paths and invoicing see it. */
    public record SessionFacts(UUID id, SessionStatus status, String submitterSiret, String mandataireSiret,
            Set<UUID> intentionIds, int plannedHours, java.time.LocalDate startDate, java.time.LocalDate endDate,
            java.time.OffsetDateTime lastStatusChangeAt, SessionKind kind, int places) {

        /** The training body that runs it, or the lot's mandataire (§9). */
        public boolean runBy(String siret) {
            return SessionRequestRules.runBy(siret, submitterSiret, mandataireSiret);
        }

        /** The bodies running it: its submitter and the lot's mandataire (§9). */
        public Set<String> runners() {
            return submitterSiret.equals(mandataireSiret) ? Set.of(submitterSiret) : Set.of(submitterSiret, mandataireSiret);
        }
    }

    /** What the public may see of a session (no personal data), for the publication capability. */
    public record Snapshot(UUID id, SessionKind kind, SessionStatus status, String lotCode, String title,
            CertificationKind certificationKind, String certificationCode, String formacode, java.time.LocalDate startDate,
            java.time.LocalDate endDate, int plannedHours, int places, java.util.List<SessionRequestBody.Location> locations,
            boolean permanentEntry, boolean partTime, boolean afest, Set<UUID> intentionIds, String submitterSiret,
            String mandataireSiret, java.time.OffsetDateTime updatedAt, boolean awaitingWithdrawalDecision) {
    }

    @Inject
    SessionRequestRepository requests;

    @Inject
    fr.paysdelaloire.emploiformation.api.Json json;

    @Inject
    SessionReviewRepository reviews;

    public Optional<Snapshot> snapshot(UUID id) {
        return requests.findByIdOptional(id).map(r -> new Snapshot(r.id, r.kind, r.status, r.lotCode, r.title,
                r.certificationKind, r.certificationCode, r.formacode, r.startDate, r.endDate, r.plannedHours, r.places,
                java.util.List.of(json.read(r.locations, SessionRequestBody.Location[].class)), r.permanentEntry, r.partTime,
                r.afest, Set.copyOf(r.intentionIds), r.submitterSiret, r.mandataireSiret, r.updatedAt, reviews.hasOpenWithdrawal(r.id)));
    }

    public Optional<SessionFacts> find(UUID id) {
        return requests.findByIdOptional(id).map(SessionDirectory::facts);
    }

    /** Locks the session's row until the transaction ends, so that paths of one session are added one at a time. */
    public Optional<SessionFacts> lock(UUID id) {
        return requests.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(SessionDirectory::facts);
    }

    static SessionFacts facts(SessionRequest r) {
        return new SessionFacts(r.id, r.status, r.submitterSiret, r.mandataireSiret, Set.copyOf(r.intentionIds), r.plannedHours,
                r.startDate, r.endDate, r.lastStatusChangeAt, r.kind, r.places);
    }
}

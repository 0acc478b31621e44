package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public List<Referral> open(UUID candidateId, OffsetDateTime now) {
        return list("candidateId = ?1 and status = ?2 and expiresAt > ?3", candidateId, Referral.Status.OPEN, now);
    }

    public List<Referral> openForUpdate(UUID candidateId) {
        return find("candidateId = ?1 and status = ?2", candidateId, Referral.Status.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The open referral (expired or not) of this validator to this target, locked. */
    public Optional<Referral> openTo(UUID candidateId, String validator, String siret, UUID sessionId) {
        return find("candidateId = ?1 and validator = ?2 and trainingBodySiret = ?3 and status = ?4 and "
                + (sessionId == null ? "sessionRequestId is null" : "sessionRequestId = ?5"),
                sessionId == null ? new Object[] { candidateId, validator, siret, Referral.Status.OPEN }
                        : new Object[] { candidateId, validator, siret, Referral.Status.OPEN, sessionId })
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Referral> ofCandidate(UUID candidateId) {
        return list("candidateId = ?1 order by createdAt desc, id", candidateId);
    }
}

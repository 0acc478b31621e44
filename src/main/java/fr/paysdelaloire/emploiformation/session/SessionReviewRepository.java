package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionReviewRepository implements PanacheRepositoryBase<SessionReview, UUID> {

    public List<SessionReview> of(UUID sessionId) {
        return list("sessionRequestId = ?1 order by openedAt, id", sessionId);
    }

    /** Every review the Region has still to decide, oldest first. */
    public List<SessionReview> open() {
        return list("decidedAt is null order by openedAt, id");
    }

    public Optional<SessionReview> findForUpdate(UUID sessionId, UUID id) {
        return find("id = ?1 and sessionRequestId = ?2", id, sessionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean hasOpenWithdrawal(UUID sessionId) {
        return count("sessionRequestId = ?1 and kind = ?2 and decidedAt is null", sessionId, SessionReviewRules.Kind.WITHDRAWAL) > 0;
    }

    public boolean hasOpenJoining(UUID intentionId) {
        return count("intentionId = ?1 and kind = ?2 and decidedAt is null", intentionId, SessionReviewRules.Kind.JOINING) > 0;
    }
}

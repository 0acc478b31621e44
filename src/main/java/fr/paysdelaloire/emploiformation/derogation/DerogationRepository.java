package fr.paysdelaloire.emploiformation.derogation;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DerogationRepository implements PanacheRepositoryBase<Derogation, UUID> {

    public Optional<Derogation> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean openOrGranted(SubjectType type, UUID subject, String rule) {
        return count("subjectType = ?1 and subjectId = ?2 and rule = ?3 and status in ?4", type, subject, rule,
                java.util.List.of(DerogationStatus.REQUESTED, DerogationStatus.GRANTED)) > 0;
    }

    /** Asked for or granted: what a change of the subject's facts can make lapse. */
    public java.util.List<Derogation> live(SubjectType type, UUID subject) {
        return find("subjectType = ?1 and subjectId = ?2 and status in ?3", type, subject,
                java.util.List.of(DerogationStatus.REQUESTED, DerogationStatus.GRANTED))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    public java.util.List<Derogation> granted(SubjectType type, UUID subject) {
        return list("subjectType = ?1 and subjectId = ?2 and status = ?3", type, subject, DerogationStatus.GRANTED);
    }
}

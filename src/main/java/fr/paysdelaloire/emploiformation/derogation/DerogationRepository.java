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

    public java.util.List<Derogation> granted(SubjectType type, UUID subject) {
        return list("subjectType = ?1 and subjectId = ?2 and status = ?3", type, subject, DerogationStatus.GRANTED);
    }
}

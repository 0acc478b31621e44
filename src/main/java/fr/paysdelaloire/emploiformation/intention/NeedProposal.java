package fr.paysdelaloire.emploiformation.intention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A training body's proposal for an open need (§6: the employer may consult several bodies, commits to one). */
@Entity
@Table(name = "need_proposal")
public class NeedProposal {

    /** PROPOSED until the employer's choice is recorded: CHOSEN for the body it commits to, NOT_CHOSEN for the others. */
    public enum Status {
        PROPOSED, CHOSEN, NOT_CHOSEN
    }

    @Id
    public UUID id;

    @Column(name = "intention_id", nullable = false)
    public UUID intentionId;

    @Column(name = "training_body_siret", nullable = false)
    public String trainingBodySiret;

    @Column(name = "lot_code", nullable = false)
    public String lotCode;

    @Column(nullable = false)
    public String summary;

    @Column(name = "certification_code")
    public String certificationCode;

    @Column(name = "planned_start_date")
    public LocalDate plannedStartDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}

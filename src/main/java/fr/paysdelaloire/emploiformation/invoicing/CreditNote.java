package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A credit note (avoir): cancels a validated invoice for its whole amount (issue #20). */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    public UUID id;

    @Column(name = "invoice_id", nullable = false)
    public UUID invoiceId;

    /** The invoice's trainee-hours, negated. */
    @Column(nullable = false)
    public BigDecimal hours;

    /** The invoice's amount, negated. */
    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
}

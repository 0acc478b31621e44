package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One month of one purchase order, computed from attended hours (§7, §8). */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    public UUID id;

    @Column(name = "purchase_order_id", nullable = false)
    public UUID purchaseOrderId;

    @Column(nullable = false)
    public LocalDate month;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public InvoiceStatus status;

    @Column(nullable = false)
    public BigDecimal hours;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    public List<Line> lines = new ArrayList<>();

    /** Hours of one path in the month: no personal data beyond the path id. */
    @Embeddable
    public static class Line {

        @Column(name = "session_request_id", nullable = false)
        public UUID sessionRequestId;

        @Column(name = "path_id", nullable = false)
        public UUID pathId;

        @Column(nullable = false)
        public BigDecimal hours;
    }
}

package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The Region's purchase order (bon de commande), addressed to the lot's mandataire (§9). */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    /** The session the order was issued for. */
    @Column(name = "session_request_id", nullable = false)
    public UUID sessionRequestId;

    /** Every session the order covers: the first and those added by complementary orders (§5, §7). */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "purchase_order_session",
            joinColumns = @jakarta.persistence.JoinColumn(name = "purchase_order_id"))
    @Column(name = "session_request_id", nullable = false)
    public java.util.Set<UUID> sessionIds = new java.util.LinkedHashSet<>();

    /** Trainee-hours ordered: planned hours x places of each session, amendments included. */
    @Column(name = "trainee_hours", nullable = false)
    public BigDecimal traineeHours;

    @Column(name = "lot_code", nullable = false)
    public String lotCode;

    @Column(name = "mandataire_siret", nullable = false)
    public String mandataireSiret;

    /** Paths ordered: one per place (§9). */
    @Column(nullable = false)
    public int paths;

    /** Planned hours per path of the first session. */
    @Column(nullable = false)
    public int hours;

    @Column(name = "price_per_trainee_hour", nullable = false)
    public BigDecimal pricePerTraineeHour;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public PurchaseOrderStatus status;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Version
    public long version;
}

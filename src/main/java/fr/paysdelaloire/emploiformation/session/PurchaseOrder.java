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

    @Column(name = "session_request_id", nullable = false)
    public UUID sessionRequestId;

    @Column(name = "lot_code", nullable = false)
    public String lotCode;

    @Column(name = "mandataire_siret", nullable = false)
    public String mandataireSiret;

    /** Paths ordered: one per place (§9). */
    @Column(nullable = false)
    public int paths;

    /** Planned hours per path, extra hours of amendments included (§7). */
    @Column(nullable = false)
    public int hours;

    @Column(name = "price_per_trainee_hour", nullable = false)
    public BigDecimal pricePerTraineeHour;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String status;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Version
    public long version;
}

package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Extra hours ordered later on a purchase order, e.g. to reach the full certification (§7). */
@Entity
@Table(name = "purchase_order_amendment")
public class PurchaseOrderAmendment {

    @Id
    public UUID id;

    @Column(name = "purchase_order_id", nullable = false)
    public UUID purchaseOrderId;

    @Column(name = "extra_hours", nullable = false)
    public int extraHours;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;
}

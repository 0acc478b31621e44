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

    /** EXTRA_HOURS (§7), or hours moved to (TRANSFER_OUT) or from (TRANSFER_IN) another session of the lot (§7). */
    @Column(nullable = false)
    public String kind;

    /** Extra hours per path, for EXTRA_HOURS. */
    @Column(name = "extra_hours")
    public Integer extraHours;

    /** Trainee-hours the amendment adds to the order (negative when moved out). */
    @Column(name = "trainee_hours", nullable = false)
    public BigDecimal traineeHours;

    /** The session concerned. */
    @Column(name = "session_request_id")
    public UUID sessionRequestId;

    /** The paths given the extra hours; empty for the whole session. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "path_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] pathIds = new UUID[0];

    /** For a transfer: the session on the other side. */
    @Column(name = "counterpart_session_id")
    public UUID counterpartSessionId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;
}

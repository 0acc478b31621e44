package fr.paysdelaloire.emploiformation.invoicing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Hours a path actually attended in one month (§7). */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "path_id")
    public UUID pathId;

    @Id
    public LocalDate month;

    @Column(nullable = false)
    public BigDecimal hours;

    /** The invoice that counted these hours; while set, they are not corrected. */
    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static class Key implements Serializable {
        public UUID pathId;
        public LocalDate month;

        public Key() {
        }

        public Key(UUID pathId, LocalDate month) {
            this.pathId = pathId;
            this.month = month;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(pathId, key.pathId) && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pathId, month);
        }
    }
}

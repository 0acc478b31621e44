package fr.paysdelaloire.emploiformation.reference;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A lot of the VISA Métiers market: a sector × a territory, held by one groupement whose mandataire
 * receives the purchase orders (FAQ §9), at one price per trainee-hour for all its sessions (§8).
 */
@Entity
@Table(name = "lot")
public class Lot {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    public Sector sector;

    @Column(name = "price_per_trainee_hour", nullable = false, precision = 8, scale = 2)
    public BigDecimal pricePerTraineeHour;

    @Column(name = "minimum_order_hours", nullable = false)
    public int minimumOrderHours;

    /** Why the Region lets the lot reach beyond its five départements (FAQ §1); null for a lot inside it. */
    @Column(name = "beyond_region")
    public String beyondRegion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mandataire_siret", nullable = false)
    public TrainingBody mandataire;

    @ElementCollection
    @CollectionTable(name = "lot_department", joinColumns = @JoinColumn(name = "lot_code"))
    @Column(name = "department", nullable = false)
    @OrderBy
    public Set<String> departments = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "lot_member", joinColumns = @JoinColumn(name = "lot_code"))
    public List<Membership> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lot_certification", joinColumns = @JoinColumn(name = "lot_code"))
    public List<Certification> certifications = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A co-traitant or sous-traitant of the lot's groupement. */
    @Embeddable
    public static class Membership {

        @ManyToOne(optional = false, fetch = FetchType.LAZY)
        @JoinColumn(name = "siret", nullable = false)
        public TrainingBody body;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        public GroupementRole role;

        @Column(name = "approved_by_mandataire", nullable = false)
        public boolean approvedByMandataire;
    }

    /** A certification the Region identified for the lot; a mandatory one must be offered when asked for (§4). */
    @Embeddable
    public static class Certification {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        public CertificationKind kind;

        @Column(nullable = false, length = 24)
        public String code;

        @Column(nullable = false, length = 300)
        public String title;

        @Column(nullable = false)
        public boolean mandatory;
    }
}

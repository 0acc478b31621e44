package fr.paysdelaloire.emploiformation.reference;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisme de formation, known by its SIRET. */
@Entity
@Table(name = "training_body")
public class TrainingBody {

    @Id
    @Column(length = 14)
    public String siret;

    @Column(nullable = false, length = 200)
    public String name;

    /** Activity declaration number (numéro de déclaration d'activité). */
    @Column(length = 11)
    public String nda;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}

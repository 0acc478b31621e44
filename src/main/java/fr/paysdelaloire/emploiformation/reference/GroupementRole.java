package fr.paysdelaloire.emploiformation.reference;

/** A training body's place in a lot's groupement (FAQ §2, §9). */
public enum GroupementRole {
    /** The lead: receives the Region's purchase orders (§9). */
    MANDATAIRE,
    /** A member of the groupement; may send session requests to the Region directly, informing the mandataire (§9). */
    CO_TRAITANT,
    /** Brought in by the mandataire when no member can deliver (§2, §9). */
    SOUS_TRAITANT
}

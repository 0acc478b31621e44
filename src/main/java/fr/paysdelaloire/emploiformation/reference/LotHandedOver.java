package fr.paysdelaloire.emploiformation.reference;

import java.time.OffsetDateTime;

/**
 * A lot changed hands: the Region recorded another mandataire for it. Fired in the lot's transaction so that what
 * follows the groupement (its sessions, orders, and what they give access to) follows it in the same commit.
 */
public record LotHandedOver(String lotCode, String formerMandataireSiret, String mandataireSiret, String actor, OffsetDateTime at) {
}

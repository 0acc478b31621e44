package fr.paysdelaloire.emploiformation.intention;

import java.util.UUID;

/**
 * CDI event, fired in the withdrawal's transaction: an employer pulled out of an intention (§6), so
 * that the session request using it can take it into account.
 */
public record IntentionWithdrawn(UUID intentionId, int positions, String actor) {
}

package fr.paysdelaloire.emploiformation.session;

import java.util.UUID;

/** CDI event, fired in the transition's transaction: the session is over; its integrated paths are completed. */
public record SessionCompleted(UUID sessionRequestId, String actor) {
}

package fr.paysdelaloire.emploiformation.session;

import java.util.UUID;

/**
 * CDI event, fired in the changing transaction whenever something the public sees of a session may have
 * changed (its status, places, paths): the publication capability brings its entry up to date.
 */
public record SessionChanged(UUID sessionRequestId) {
}

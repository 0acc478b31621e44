package fr.paysdelaloire.emploiformation.session;

import java.util.Set;
import java.util.UUID;

/** Implemented by the capability that holds training paths, so that sessions can check path ids. */
public interface SessionPaths {

    /** The ids of the paths of a session. */
    Set<UUID> of(UUID sessionRequestId);

    /** The places its paths fill: every path but those dropped out. */
    long filledPlaces(UUID sessionRequestId);
}

package fr.paysdelaloire.emploiformation.candidate;

import java.util.EnumSet;
import java.util.Set;

/** Life of a training path (parcours): one candidate, one session, one hiring intention. */
public enum PathStatus {
    POSITIONED,
    EMPLOYER_AGREED,
    INTEGRATED,
    COMPLETED,
    DROPPED_OUT;

    /** A candidate has one active path at a time. */
    public static final Set<PathStatus> ACTIVE = EnumSet.of(POSITIONED, EMPLOYER_AGREED, INTEGRATED);
}

package fr.paysdelaloire.emploiformation.candidate;

import static fr.paysdelaloire.emploiformation.candidate.PathStatus.COMPLETED;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.DROPPED_OUT;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.EMPLOYER_AGREED;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.INTEGRATED;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.POSITIONED;

import java.util.EnumSet;
import java.util.Set;

import fr.paysdelaloire.emploiformation.rules.Lifecycle;
import fr.paysdelaloire.emploiformation.rules.Transition;

/**
 * The transitions of a path: the employer agrees to the candidate (§6), the training body validates the
 * final integration (§5), the session ends, or the trainee drops out (§5). Plain Java.
 */
public enum PathTransition implements Transition<PathStatus> {
    EMPLOYER_AGREEMENT("employer-agreement", EnumSet.of(POSITIONED), EMPLOYER_AGREED),
    // §5: the body validates the final integration ("l'employeur également"): the employer's agreement is recorded when
    // it is given, but integration does not wait for it (after an employer's withdrawal the session goes on, §6)
    INTEGRATE("integrate", EnumSet.of(POSITIONED, EMPLOYER_AGREED), INTEGRATED),
    COMPLETE("complete", EnumSet.of(INTEGRATED), COMPLETED),
    DROP_OUT("drop-out", EnumSet.of(POSITIONED, EMPLOYER_AGREED, INTEGRATED), DROPPED_OUT);

    /** The state machine of a path. */
    public static final Lifecycle<PathStatus, PathTransition> LIFECYCLE = new Lifecycle<>("path", values());

    private final String path;
    private final Set<PathStatus> from;
    private final PathStatus to;

    PathTransition(String path, Set<PathStatus> from, PathStatus to) {
        this.path = path;
        this.from = from;
        this.to = to;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean allowedFrom(PathStatus status) {
        return from.contains(status);
    }

    @Override
    public PathStatus to() {
        return to;
    }
}

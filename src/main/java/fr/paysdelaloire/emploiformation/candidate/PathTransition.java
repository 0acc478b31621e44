package fr.paysdelaloire.emploiformation.candidate;

import static fr.paysdelaloire.emploiformation.candidate.PathStatus.COMPLETED;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.DROPPED_OUT;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.EMPLOYER_AGREED;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.INTEGRATED;
import static fr.paysdelaloire.emploiformation.candidate.PathStatus.POSITIONED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The transitions of a path: the employer agrees to the candidate (§6), the training body validates the
 * final integration (§5), the session ends, or the trainee drops out (§5). Plain Java.
 */
public enum PathTransition {
    EMPLOYER_AGREEMENT("employer-agreement", EnumSet.of(POSITIONED), EMPLOYER_AGREED),
    INTEGRATE("integrate", EnumSet.of(EMPLOYER_AGREED), INTEGRATED),
    COMPLETE("complete", EnumSet.of(INTEGRATED), COMPLETED),
    DROP_OUT("drop-out", EnumSet.of(POSITIONED, EMPLOYER_AGREED, INTEGRATED), DROPPED_OUT);

    private final String path;
    private final Set<PathStatus> from;
    private final PathStatus to;

    PathTransition(String path, Set<PathStatus> from, PathStatus to) {
        this.path = path;
        this.from = from;
        this.to = to;
    }

    public String path() {
        return path;
    }

    /** The status this transition leads to from {@code status}, or {@link IllegalStateException} naming the allowed ones. */
    public PathStatus from(PathStatus status) {
        if (!from.contains(status)) {
            throw new IllegalStateException("A path " + status + " cannot " + path + "; allowed now: "
                    + (allowedFrom(status).isEmpty() ? "none" : String.join(", ", allowedFrom(status).stream().map(PathTransition::path).toList())));
        }
        return to;
    }

    public static List<PathTransition> allowedFrom(PathStatus status) {
        return Arrays.stream(values()).filter(t -> t.from.contains(status)).toList();
    }
}

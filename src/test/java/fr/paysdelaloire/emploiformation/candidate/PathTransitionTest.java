package fr.paysdelaloire.emploiformation.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.rules.IllegalTransition;

/** Every path transition from every status, the legal ones and the illegal ones. */
class PathTransitionTest {

    static final Map<PathTransition, Set<PathStatus>> LEGAL = Map.of(
            PathTransition.EMPLOYER_AGREEMENT, EnumSet.of(PathStatus.POSITIONED),
            // integration does not wait for the employer's agreement (issue #19, §5, §6)
            PathTransition.INTEGRATE, EnumSet.of(PathStatus.POSITIONED, PathStatus.EMPLOYER_AGREED),
            PathTransition.COMPLETE, EnumSet.of(PathStatus.INTEGRATED),
            PathTransition.DROP_OUT, EnumSet.of(PathStatus.POSITIONED, PathStatus.EMPLOYER_AGREED, PathStatus.INTEGRATED));

    static final Map<PathTransition, PathStatus> TARGET = Map.of(
            PathTransition.EMPLOYER_AGREEMENT, PathStatus.EMPLOYER_AGREED,
            PathTransition.INTEGRATE, PathStatus.INTEGRATED,
            PathTransition.COMPLETE, PathStatus.COMPLETED,
            PathTransition.DROP_OUT, PathStatus.DROPPED_OUT);

    @Test
    void everyTransitionFromEveryStatus() {
        for (PathTransition transition : PathTransition.values()) {
            for (PathStatus status : PathStatus.values()) {
                if (LEGAL.get(transition).contains(status)) {
                    assertEquals(TARGET.get(transition), PathTransition.LIFECYCLE.next(status, transition), transition + " from " + status);
                } else {
                    IllegalTransition refused = assertThrows(IllegalTransition.class, () -> PathTransition.LIFECYCLE.next(status, transition));
                    assertTrue(refused.getMessage().contains("allowed now"), refused.getMessage());
                }
            }
        }
    }

    @Test
    void theEndsAllowNothing() {
        assertEquals(List.of(), PathTransition.LIFECYCLE.allowedFrom(PathStatus.COMPLETED));
        assertEquals(List.of(), PathTransition.LIFECYCLE.allowedFrom(PathStatus.DROPPED_OUT));
    }
}

package fr.paysdelaloire.emploiformation.candidate;

import java.util.Optional;

/** The rules of a training path's hours. Plain Java. */
public final class PathRules {

    private PathRules() {
    }

    /**
     * §7: each trainee's path may be shorter than the session (individualised, or part-time, §5), never longer than the
     * planned hours ordered per path; more hours come only from an extra-hours amendment the Region orders, which adds to
     * them. Why {@code individualHours} is refused, or empty.
     */
    public static Optional<String> individualHours(Integer individualHours, int plannedHours) {
        if (individualHours == null || individualHours <= plannedHours) {
            return Optional.empty();
        }
        return Optional.of("PATH_HOURS: " + individualHours + " hours exceed the " + plannedHours + " hours ordered per path of this "
                + "session; a path is shorter or equal (FAQ §7), and more hours come only from an extra-hours amendment the "
                + "Region orders (POST /purchase-orders/{id}/amendments), which add to the path's hours");
    }

    /**
     * §5: the body validates the final integration, "l'employeur également": the employer's agreement is recorded when
     * it is given. Before the integration it moves the path (EMPLOYER_AGREED); after it, while the trainee is in the
     * session, it is noted and the path stays INTEGRATED (integration does not wait for it, §5, §6). Whether it is noted
     * without moving the path.
     */
    public static boolean agreementNotedAfterIntegration(PathStatus status, boolean alreadyAgreed) {
        return status == PathStatus.INTEGRATED && !alreadyAgreed;
    }
}

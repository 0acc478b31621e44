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
}

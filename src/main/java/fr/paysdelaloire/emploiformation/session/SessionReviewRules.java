package fr.paysdelaloire.emploiformation.session;

/**
 * What the Region decides on a session after its authorisation (issue #19): an employer's withdrawal it analyses (§6),
 * a trainee who joins a formed group or replaces one who left (§5, §6). Plain Java: facts in, null or why not out.
 */
public final class SessionReviewRules {

    /** What the Region is asked to look at. */
    public enum Kind {
        /** An employer withdrew from an authorised session not yet started (§6: "l'organisme se rapproche de la Région"). */
        WITHDRAWAL,
        /** The training body asks to attach a new hiring intention to an authorised or started session (§5, §6). */
        JOINING,
        /** The training body asks for extra hours to complete the paths (§6: « le parcours pourra être complété », §7). */
        EXTRA_HOURS
    }

    /** The Region's decision; each fits one kind. */
    public enum Decision {
        /** Withdrawal: the places stay while the body finds another employer (a joining will fill them). */
        KEEP_PLACES(Kind.WITHDRAWAL),
        /** Withdrawal: fewer places; the purchase order is amended (paths, trainee-hours, amount). */
        REDUCE_PLACES(Kind.WITHDRAWAL),
        /** Withdrawal: the session is cancelled before it starts; its intentions are free, its order cancelled if it covers it alone. */
        CANCEL_SESSION(Kind.WITHDRAWAL),
        /** Joining: the intention is attached, places, order and order book follow; extra hours: the order is amended. */
        ACCEPTED(Kind.JOINING, Kind.EXTRA_HOURS),
        /** Joining: the intention stays free; extra hours: the order stays as it is. */
        REFUSED(Kind.JOINING, Kind.EXTRA_HOURS);

        private final java.util.Set<Kind> kinds;

        Decision(Kind first, Kind... others) {
            this.kinds = java.util.EnumSet.of(first, others);
        }

        public boolean decides(Kind kind) {
            return kinds.contains(kind);
        }
    }

    private SessionReviewRules() {
    }

    /**
     * §6: "En cas de désistement, l'organisme se rapproche de la Région pour analyser la situation. Quoi qu'il en soit, une
     * fois la session démarrée, il s'agit de la mener à son terme": a withdrawal is analysed while the session is
     * authorised and not started; started, it goes on; before the authorisation the places simply follow the intentions.
     */
    public static boolean withdrawalIsAnalysed(SessionStatus status) {
        return status == SessionStatus.AUTHORISED;
    }

    /**
     * §5: a trainee with a hiring intention may join a formed group "si la progression pédagogique le permet", and one
     * may replace a trainee who left (§5, §6): for an authorised or started session. Null when it may be asked, else why.
     */
    public static String joiningRefusal(SessionStatus status, SessionKind kind) {
        if (kind == SessionKind.SOCLE) {
            return "A socle session holds no hiring intention (§10)";
        }
        if (status != SessionStatus.AUTHORISED && status != SessionStatus.STARTED) {
            return "A trainee joins an authorised or started session (§5, §6); this one is " + status
                    + ": change the request's intentions instead";
        }
        return null;
    }

    /**
     * §6, §7: « le parcours pourra être complété, si besoin, pour donner aux stagiaires un maximum de chances de trouver un
     * emploi »: extra hours are asked for an authorised or started session of the scheme. Null when they may be, else why.
     */
    public static String extraHoursRefusal(SessionStatus status) {
        if (status != SessionStatus.AUTHORISED && status != SessionStatus.STARTED) {
            return "Extra hours complete the paths of an authorised or started session (§6, §7); this one is " + status;
        }
        return null;
    }

    /**
     * Whether the decision may be taken now: it fits the review's kind; reducing places or cancelling is for a session not
     * started (§6: once started, it runs to its end); a joining for a session still authorised or started (§5).
     */
    public static String decisionConflict(Kind kind, Decision decision, SessionStatus status) {
        if (!decision.decides(kind)) {
            return decision + " does not decide a " + kind + " review";
        }
        if ((decision == Decision.REDUCE_PLACES || decision == Decision.CANCEL_SESSION) && status != SessionStatus.AUTHORISED) {
            return "Places are reduced or a session cancelled before it starts (§6: once started, it runs to its end); this one is "
                    + status;
        }
        if (decision == Decision.ACCEPTED) {
            return kind == Kind.JOINING ? joiningRefusal(status, SessionKind.ONE_JOB_ONE_TRAINING) : extraHoursRefusal(status);
        }
        return null;
    }

    /**
     * A session that ends (cancelled, or completed) closes the reviews still open with what became of it: a joining is
     * refused (its intention free again, §5); any other follows the session — cancelled, or run to its end with its
     * places (§6).
     */
    public static Decision closedBy(Kind kind, SessionStatus status) {
        if (kind == Kind.JOINING) {
            return Decision.REFUSED;
        }
        return status == SessionStatus.CANCELLED ? Decision.CANCEL_SESSION : Decision.KEEP_PLACES;
    }

    /**
     * The places a reduction leaves (§9: as many paths as hiring intentions): fewer than today, at least one, and never
     * fewer than the paths already filled. Null when they may be, else why.
     */
    public static String reductionRefusal(int places, int after, long filledPaths) {
        if (after >= places) {
            return "A reduction leaves fewer places than the " + places + " funded";
        }
        if (after < 1) {
            return "A session keeps at least one place; to have none, cancel it (CANCEL_SESSION)";
        }
        if (after < filledPaths) {
            return filledPaths + " places are already filled by trainees' paths: the session keeps at least as many";
        }
        return null;
    }

    /**
     * The places a session needs once an intention joins (§9: as many paths as hiring intentions): the free places it had
     * (kept after a withdrawal) are filled first, the rest are added.
     */
    public static int placesAfterJoining(int places, int committedPositionsBefore, int joiningPositions) {
        return Math.max(places, committedPositionsBefore + joiningPositions);
    }
}

package fr.paysdelaloire.emploiformation.session;

import java.util.Arrays;
import java.util.List;

/** The state machine of a session request (domain.md "Session request and session"). Plain Java. */
public final class SessionLifecycle {

    /** A transition the current status does not allow; says which ones it does. */
    public static final class IllegalTransition extends RuntimeException {

        private final SessionStatus status;
        private final SessionTransition transition;

        IllegalTransition(SessionStatus status, SessionTransition transition) {
            super(transition.path() + " is not possible from " + status, null, false, false);
            this.status = status;
            this.transition = transition;
        }

        public SessionStatus status() {
            return status;
        }

        public SessionTransition transition() {
            return transition;
        }

        public List<SessionTransition> allowed() {
            return allowedFrom(status);
        }
    }

    private SessionLifecycle() {
    }

    /** The status {@code transition} leads to from {@code status}, or {@link IllegalTransition}. */
    public static SessionStatus next(SessionStatus status, SessionTransition transition) {
        if (!transition.allowedFrom(status)) {
            throw new IllegalTransition(status, transition);
        }
        return transition.to();
    }

    public static List<SessionTransition> allowedFrom(SessionStatus status) {
        return Arrays.stream(SessionTransition.values()).filter(t -> t.allowedFrom(status)).toList();
    }
}

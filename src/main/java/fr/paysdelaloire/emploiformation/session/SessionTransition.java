package fr.paysdelaloire.emploiformation.session;

import static fr.paysdelaloire.emploiformation.session.SessionStatus.AUTHORISED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.CANCELLED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.COMPLETED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.DRAFT;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.INFORMATION_REQUESTED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.REJECTED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.STARTED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.SUBMITTED;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.UNDER_REVIEW;
import static fr.paysdelaloire.emploiformation.session.SessionStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

import fr.paysdelaloire.emploiformation.rules.Lifecycle;
import fr.paysdelaloire.emploiformation.rules.Transition;

/**
 * The transitions of a session request, each its own POST: where it may start from, where it leads,
 * and whether a reason is required (outline: request-information, authorise, reject).
 */
public enum SessionTransition implements Transition<SessionStatus> {
    SUBMIT("submit", EnumSet.of(DRAFT, INFORMATION_REQUESTED), SUBMITTED, false),
    // until the Region decides: a request waiting for information is the body's to withdraw too (issue #19)
    WITHDRAW("withdraw", EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED), WITHDRAWN, false),
    START_REVIEW("start-review", EnumSet.of(SUBMITTED), UNDER_REVIEW, false),
    REQUEST_INFORMATION("request-information", EnumSet.of(UNDER_REVIEW), INFORMATION_REQUESTED, true),
    AUTHORISE("authorise", EnumSet.of(UNDER_REVIEW), AUTHORISED, true),
    REJECT("reject", EnumSet.of(UNDER_REVIEW), REJECTED, true),
    START("start", EnumSet.of(AUTHORISED), STARTED, false),
    COMPLETE("complete", EnumSet.of(STARTED), COMPLETED, false),
    CANCEL("cancel", EnumSet.of(AUTHORISED), CANCELLED, false);

    /** The state machine of a session request (domain.md "Session request and session"). */
    public static final Lifecycle<SessionStatus, SessionTransition> LIFECYCLE = new Lifecycle<>("request", values());

    private final String path;
    private final Set<SessionStatus> from;
    private final SessionStatus to;
    private final boolean reasonRequired;

    SessionTransition(String path, Set<SessionStatus> from, SessionStatus to, boolean reasonRequired) {
        this.path = path;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public SessionStatus to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    @Override
    public boolean allowedFrom(SessionStatus status) {
        return from.contains(status);
    }

    /** The request ends without a session (rejected, withdrawn, cancelled): its intentions are free again (§6). */
    public boolean endsWithoutSession() {
        return SessionStatus.ENDED_WITHOUT_SESSION.contains(to);
    }

    /** The transition a POST path names, if any. */
    public static java.util.Optional<SessionTransition> ofPath(String path) {
        return java.util.Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
}

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

/**
 * The transitions of a session request, each its own POST: where it may start from, where it leads,
 * and whether a reason is required (outline: request-information, authorise, reject).
 */
public enum SessionTransition {
    SUBMIT("submit", EnumSet.of(DRAFT, INFORMATION_REQUESTED), SUBMITTED, false),
    WITHDRAW("withdraw", EnumSet.of(DRAFT, SUBMITTED), WITHDRAWN, false),
    START_REVIEW("start-review", EnumSet.of(SUBMITTED), UNDER_REVIEW, false),
    REQUEST_INFORMATION("request-information", EnumSet.of(UNDER_REVIEW), INFORMATION_REQUESTED, true),
    AUTHORISE("authorise", EnumSet.of(UNDER_REVIEW), AUTHORISED, true),
    REJECT("reject", EnumSet.of(UNDER_REVIEW), REJECTED, true),
    START("start", EnumSet.of(AUTHORISED), STARTED, false),
    COMPLETE("complete", EnumSet.of(STARTED), COMPLETED, false),
    CANCEL("cancel", EnumSet.of(AUTHORISED), CANCELLED, false);

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

    public String path() {
        return path;
    }

    public SessionStatus to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public boolean allowedFrom(SessionStatus status) {
        return from.contains(status);
    }
}

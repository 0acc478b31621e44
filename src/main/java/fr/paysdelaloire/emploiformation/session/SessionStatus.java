package fr.paysdelaloire.emploiformation.session;

import java.util.EnumSet;
import java.util.Set;

/** Life of a session request, from the training body's draft to the session's end. */
public enum SessionStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    INFORMATION_REQUESTED,
    AUTHORISED,
    REJECTED,
    WITHDRAWN,
    STARTED,
    COMPLETED,
    CANCELLED;

    /** Waiting for the Region: listed in the instruction queue by order of arrival (§9). */
    public static final Set<SessionStatus> IN_INSTRUCTION = EnumSet.of(SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED);

    /** Ended without a session: the attached intentions are free again. */
    public static final Set<SessionStatus> ENDED_WITHOUT_SESSION = EnumSet.of(REJECTED, WITHDRAWN, CANCELLED);

    /** Before the session starts: an employer's withdrawal lowers the places (§6). */
    public static final Set<SessionStatus> BEFORE_START = EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, AUTHORISED);
}

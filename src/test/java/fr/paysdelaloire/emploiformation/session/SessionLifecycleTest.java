package fr.paysdelaloire.emploiformation.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.rules.IllegalTransition;

/** Every transition of the session request's life cycle, the legal ones and all the illegal ones. */
class SessionLifecycleTest {

    static final Map<SessionTransition, Set<SessionStatus>> LEGAL = Map.of(
            SessionTransition.SUBMIT, EnumSet.of(SessionStatus.DRAFT, SessionStatus.INFORMATION_REQUESTED),
            // until the Region decides (issue #19)
            SessionTransition.WITHDRAW, EnumSet.of(SessionStatus.DRAFT, SessionStatus.SUBMITTED, SessionStatus.UNDER_REVIEW,
                    SessionStatus.INFORMATION_REQUESTED),
            SessionTransition.START_REVIEW, EnumSet.of(SessionStatus.SUBMITTED),
            SessionTransition.REQUEST_INFORMATION, EnumSet.of(SessionStatus.UNDER_REVIEW),
            SessionTransition.AUTHORISE, EnumSet.of(SessionStatus.UNDER_REVIEW),
            SessionTransition.REJECT, EnumSet.of(SessionStatus.UNDER_REVIEW),
            SessionTransition.START, EnumSet.of(SessionStatus.AUTHORISED),
            SessionTransition.COMPLETE, EnumSet.of(SessionStatus.STARTED),
            SessionTransition.CANCEL, EnumSet.of(SessionStatus.AUTHORISED));

    static final Map<SessionTransition, SessionStatus> TARGET = Map.of(
            SessionTransition.SUBMIT, SessionStatus.SUBMITTED,
            SessionTransition.WITHDRAW, SessionStatus.WITHDRAWN,
            SessionTransition.START_REVIEW, SessionStatus.UNDER_REVIEW,
            SessionTransition.REQUEST_INFORMATION, SessionStatus.INFORMATION_REQUESTED,
            SessionTransition.AUTHORISE, SessionStatus.AUTHORISED,
            SessionTransition.REJECT, SessionStatus.REJECTED,
            SessionTransition.START, SessionStatus.STARTED,
            SessionTransition.COMPLETE, SessionStatus.COMPLETED,
            SessionTransition.CANCEL, SessionStatus.CANCELLED);

    @Test
    void everyTransitionFromEveryStatus() {
        int legal = 0;
        int illegal = 0;
        for (SessionTransition transition : SessionTransition.values()) {
            for (SessionStatus status : SessionStatus.values()) {
                if (LEGAL.get(transition).contains(status)) {
                    assertEquals(TARGET.get(transition), SessionTransition.LIFECYCLE.next(status, transition), transition + " from " + status);
                    legal++;
                } else {
                    IllegalTransition refused = assertThrows(IllegalTransition.class,
                            () -> SessionTransition.LIFECYCLE.next(status, transition), transition + " from " + status);
                    assertEquals(SessionTransition.LIFECYCLE.allowedFrom(status).stream().map(SessionTransition::path).toList(),
                            refused.allowed());
                    illegal++;
                }
            }
        }
        assertEquals(13, legal);
        assertEquals(SessionTransition.values().length * SessionStatus.values().length - 13, illegal);
    }

    @Test
    void theEndsAllowNothing() {
        for (SessionStatus end : List.of(SessionStatus.REJECTED, SessionStatus.WITHDRAWN, SessionStatus.COMPLETED, SessionStatus.CANCELLED)) {
            assertEquals(List.of(), SessionTransition.LIFECYCLE.allowedFrom(end), end.name());
        }
    }

    @Test
    void aRequestSentBackForInformationIsSubmittedAgain() {
        SessionStatus status = SessionStatus.DRAFT;
        for (SessionTransition t : List.of(SessionTransition.SUBMIT, SessionTransition.START_REVIEW,
                SessionTransition.REQUEST_INFORMATION, SessionTransition.SUBMIT, SessionTransition.START_REVIEW,
                SessionTransition.AUTHORISE, SessionTransition.START, SessionTransition.COMPLETE)) {
            status = SessionTransition.LIFECYCLE.next(status, t);
        }
        assertEquals(SessionStatus.COMPLETED, status);
    }

    @Test
    void reasonsAreRequiredWhereTheOutlineSaysSo() {
        assertEquals(EnumSet.of(SessionTransition.REQUEST_INFORMATION, SessionTransition.AUTHORISE, SessionTransition.REJECT),
                EnumSet.copyOf(java.util.Arrays.stream(SessionTransition.values()).filter(SessionTransition::reasonRequired).toList()));
    }

    @Test
    void rejectingWithdrawingAndCancellingEndARequestWithoutASession_freeingItsIntentions() {
        assertEquals(EnumSet.of(SessionTransition.REJECT, SessionTransition.WITHDRAW, SessionTransition.CANCEL),
                EnumSet.copyOf(java.util.Arrays.stream(SessionTransition.values()).filter(SessionTransition::endsWithoutSession).toList()));
    }

    @Test
    void aRequestCanBeWithdrawnUntilTheRegionDecides() {
        for (SessionStatus status : SessionStatus.values()) {
            boolean undecided = status == SessionStatus.DRAFT || SessionStatus.IN_INSTRUCTION.contains(status);
            assertEquals(undecided, SessionTransition.WITHDRAW.allowedFrom(status), status.name());
        }
    }
}

package fr.paysdelaloire.emploiformation.intention;

import java.util.EnumSet;
import java.util.Set;

import fr.paysdelaloire.emploiformation.rules.Verdict;

/**
 * Life of a hiring intention: evaluated on receipt (eligible, awaiting a derogation, not eligible),
 * attached to a session request, covered when its session is authorised, fulfilled when the hire is
 * confirmed — or withdrawn when the employer pulls out (désistement, FAQ §6).
 */
public enum IntentionStatus {
    ELIGIBLE,
    AWAITING_DEROGATION,
    INELIGIBLE,
    ATTACHED,
    COVERED,
    FULFILLED,
    WITHDRAWN;

    /** Still a commitment of the employer: counts for the one-training-body rule (§6). */
    public static final Set<IntentionStatus> ACTIVE = EnumSet.of(ELIGIBLE, AWAITING_DEROGATION, ATTACHED, COVERED);

    /** Not ended (withdrawn or fulfilled): it still speaks for the employer, eligible or not. */
    public static final Set<IntentionStatus> ALIVE = EnumSet.complementOf(EnumSet.of(WITHDRAWN, FULFILLED));

    /** The statuses in which the sender may still correct it: no session request uses it yet. */
    public static final Set<IntentionStatus> CORRECTABLE = EnumSet.of(ELIGIBLE, AWAITING_DEROGATION, INELIGIBLE);

    /** The status an evaluation gives an intention that no session request uses yet. */
    public static IntentionStatus evaluated(Verdict verdict) {
        return switch (verdict) {
            case ELIGIBLE -> ELIGIBLE;
            case NEEDS_DEROGATION -> AWAITING_DEROGATION;
            case INELIGIBLE -> INELIGIBLE;
        };
    }

    /** Where a withdrawal can come from: anything not already ended. */
    public boolean canWithdraw() {
        return this != WITHDRAWN && this != FULFILLED;
    }
}

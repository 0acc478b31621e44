package fr.paysdelaloire.emploiformation.rules;

/** The overall outcome of a set of rules: the worst of them. */
public enum Verdict {
    ELIGIBLE,
    NEEDS_DEROGATION,
    INELIGIBLE;

    static Verdict of(RuleOutcome outcome) {
        return switch (outcome) {
            case PASS -> ELIGIBLE;
            case NEEDS_DEROGATION -> NEEDS_DEROGATION;
            case FAIL -> INELIGIBLE;
        };
    }
}

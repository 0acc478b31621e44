package fr.paysdelaloire.emploiformation.rules;

/** What one rule of the scheme says of a case. */
public enum RuleOutcome {
    /** The rule holds. */
    PASS,
    /** The rule does not hold, but the Region may grant a derogation. */
    NEEDS_DEROGATION,
    /** The rule does not hold and no derogation exists. */
    FAIL
}

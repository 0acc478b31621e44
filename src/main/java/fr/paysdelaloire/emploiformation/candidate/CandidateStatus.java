package fr.paysdelaloire.emploiformation.candidate;

/** Registered by a validator, then validated (or refused) on the profile rules. */
public enum CandidateStatus {
    CREATED,
    VALIDATED,
    REFUSED
}

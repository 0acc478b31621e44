package fr.paysdelaloire.emploiformation.intention;

/** The steps of the training the employer means to take part in (FAQ §6). */
public enum InvolvementStep {
    INFORMATION_SESSION,
    CANDIDATE_SELECTION,
    IMMERSION,
    FINAL_JURY,
    OTHER
}

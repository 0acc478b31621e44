package fr.paysdelaloire.emploiformation.candidate;

/** The candidate's situation when validated (FAQ §3, §13). */
public enum Situation {
    JOB_SEEKER,
    EMPLOYEE,
    SIAE_EMPLOYEE_CONTRACT_ENDED,
    SIAE_EMPLOYEE
}

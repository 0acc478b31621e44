package fr.paysdelaloire.emploiformation.derogation;

/** What a derogation is about. */
public enum SubjectType {
    HIRING_INTENTION,
    SESSION_REQUEST
}

package fr.paysdelaloire.emploiformation.derogation;

/** A derogation asked for, then granted or refused by the Region; LAPSED when the facts it was about changed. */
public enum DerogationStatus {
    REQUESTED,
    GRANTED,
    REFUSED,
    /** The subject's facts it was asked for or decided on changed: it counts no more; a new one may be asked for. */
    LAPSED
}

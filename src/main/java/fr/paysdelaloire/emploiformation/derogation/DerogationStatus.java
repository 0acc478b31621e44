package fr.paysdelaloire.emploiformation.derogation;

/** A derogation asked for, then granted or refused by the Region. */
public enum DerogationStatus {
    REQUESTED,
    GRANTED,
    REFUSED
}

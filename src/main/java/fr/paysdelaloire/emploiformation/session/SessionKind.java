package fr.paysdelaloire.emploiformation.session;

/** A session answering hiring intentions, or one of the Region's base orders (commande socle, §10). */
public enum SessionKind {
    ONE_JOB_ONE_TRAINING,
    SOCLE
}

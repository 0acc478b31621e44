package fr.paysdelaloire.emploiformation.rules;

/**
 * One step of a life cycle (a session request's, a path's): the POST path that triggers it, the statuses it may start
 * from, and the status it leads to. Plain Java.
 */
public interface Transition<S> {

    /** The last segment of the operation that triggers it, e.g. {@code submit}. */
    String path();

    boolean allowedFrom(S status);

    S to();
}

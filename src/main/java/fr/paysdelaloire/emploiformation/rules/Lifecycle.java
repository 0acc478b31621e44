package fr.paysdelaloire.emploiformation.rules;

import java.util.List;

/**
 * A state machine given by its transitions: the one mechanism of the session requests' and the paths' life cycles.
 * Plain Java.
 */
public final class Lifecycle<S, T extends Transition<S>> {

    private final String what;
    private final List<T> transitions;

    /** @param what what moves, as a message names it ("request", "path") */
    public Lifecycle(String what, T[] transitions) {
        this.what = what;
        this.transitions = List.of(transitions);
    }

    /** The status {@code transition} leads to from {@code status}, or {@link IllegalTransition} naming the allowed ones. */
    public S next(S status, T transition) {
        if (!transition.allowedFrom(status)) {
            throw new IllegalTransition(what, status, transition.path(), allowedFrom(status).stream().map(Transition::path).toList());
        }
        return transition.to();
    }

    public List<T> allowedFrom(S status) {
        return transitions.stream().filter(t -> t.allowedFrom(status)).toList();
    }
}

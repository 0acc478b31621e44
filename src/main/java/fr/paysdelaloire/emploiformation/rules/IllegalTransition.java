package fr.paysdelaloire.emploiformation.rules;

import java.util.List;

/** A transition the current status does not allow; says which ones it does. The API answers it with 409. */
public final class IllegalTransition extends RuntimeException {

    private final List<String> allowed;

    IllegalTransition(String what, Object status, String transition, List<String> allowed) {
        super("A " + what + " " + status + " cannot " + transition + "; allowed now: "
                + (allowed.isEmpty() ? "none" : String.join(", ", allowed)), null, false, false);
        this.allowed = List.copyOf(allowed);
    }

    /** The transitions (their paths) the current status allows. */
    public List<String> allowed() {
        return allowed;
    }
}

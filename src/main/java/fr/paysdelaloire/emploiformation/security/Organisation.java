package fr.paysdelaloire.emploiformation.security;

import java.util.Objects;

/**
 * An organisation acting on the API, typed: its role and its identifier within that role — the SIRET of a training
 * body, the {@code org_id} of a validator, the client of a platform, the Region's or the publisher's tool. Written
 * {@code role:identifier} where it is stored (senders, actors) and where events are addressed. Plain Java.
 */
public record Organisation(String role, String id) {

    public Organisation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
    }

    /** The organisation written {@code role:identifier}. */
    public static Organisation of(String written) {
        int colon = written.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not role:identifier: " + written);
        }
        return new Organisation(written.substring(0, colon), written.substring(colon + 1));
    }

    /** The training body of that SIRET. */
    public static Organisation trainingBody(String siret) {
        return new Organisation(Roles.TRAINING_BODY, siret);
    }

    public boolean is(String role) {
        return this.role.equals(role);
    }

    /** Is this the training body of that SIRET. */
    public boolean isTrainingBody(String siret) {
        return is(Roles.TRAINING_BODY) && id.equals(siret);
    }

    @Override
    public String toString() {
        return role + ":" + id;
    }
}

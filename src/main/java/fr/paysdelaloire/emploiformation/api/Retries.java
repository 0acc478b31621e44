package fr.paysdelaloire.emploiformation.api;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a write in its own transaction and runs it again when it lost a race on a unique key or a
 * row version to a concurrent request: the second run sees the winner's row and goes on from there,
 * so concurrent identical calls neither fail nor duplicate.
 */
public final class Retries {

    private static final int ATTEMPTS = 3;

    private Retries() {
    }

    public static <T> T inTransaction(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    static boolean lostRace(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}

package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures are the caller's (400), the platform's (503, retry) or an incident (500). */
class FailureClassificationTest {

    /** Regression (R4 crash campaign): while PostgreSQL was stopped or its connections cut, calls answered 500. */
    @Test
    void aDatabaseOutageIsServiceUnavailable() {
        assertTrue(ProblemMappers.dependencyUnavailable(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(ProblemMappers.dependencyUnavailable(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(ProblemMappers.dependencyUnavailable(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(ProblemMappers.dependencyUnavailable(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(ProblemMappers.dependencyUnavailable(new IllegalStateException(new jakarta.transaction.RollbackException())));
        // the OIDC provider unreachable (seen when the benchmark's first start pointed at a provider that did not answer)
        assertTrue(ProblemMappers.dependencyUnavailable(new io.quarkus.oidc.OIDCException("OIDC server is not available")));
        assertFalse(ProblemMappers.dependencyUnavailable(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(ProblemMappers.dependencyUnavailable(new NullPointerException()));
    }

    /**
     * Issue #24 (R8): a read that times out on a hung network (08006), a statement ended by {@code statement_timeout}
     * (57014) and a client that closed its connection mid-body are not incidents.
     */
    @Test
    void aHungNetworkOrASlowDatabaseIsServiceUnavailableAndAClientGoneIsNoIncident() {
        assertTrue(ProblemMappers.dependencyUnavailable(new RuntimeException(new SQLException("An I/O error occurred", "08006",
                new java.net.SocketTimeoutException("Read timed out")))));
        assertTrue(ProblemMappers.dependencyUnavailable(new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014"))));
        assertTrue(ProblemMappers.clientGone(new java.io.IOException(new io.vertx.core.http.HttpClosedException("closed"))));
        assertFalse(ProblemMappers.clientGone(new java.io.IOException("disk full")));
    }

    /** Regression (R1 bad-input campaign): U+0000 refused by PostgreSQL answered 500. */
    @Test
    void aNulCharacterIsTheCallersFault() {
        assertTrue(ProblemMappers.unstorableCharacter(new RuntimeException(new SQLException("invalid byte sequence", "22021"))));
        assertFalse(ProblemMappers.unstorableCharacter(new RuntimeException(new SQLException("deadlock", "40P01"))));
    }
}

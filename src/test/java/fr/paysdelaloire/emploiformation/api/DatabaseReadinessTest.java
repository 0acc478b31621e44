package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.FaultyTcpProxy;
import fr.paysdelaloire.emploiformation.support.Lanes;

/**
 * Issue #24 (4): readiness answers DOWN within 2 s every time the database cannot answer (refused, hung before or
 * after the connection, cut), and UP again at the first probe once it can; the database is reached through a relay
 * that fails on demand.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class DatabaseReadinessTest {

    private static final long DOWN_WITHIN_MS = 2_000;

    @Test
    void downWithinTwoSecondsWhateverTheFaultAndUpAtTheNextProbeOnceItIsGone() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("//([^:/]+):(\\d+)/").matcher(url);
        assertTrue(at.find(), url);
        try (FaultyTcpProxy proxy = new FaultyTcpProxy(at.group(1), Integer.parseInt(at.group(2)))) {
            DatabaseReadiness readiness = readiness(url.substring(0, at.start()) + "//127.0.0.1:" + proxy.port() + "/"
                    + url.substring(at.end()));
            assertEquals(HealthCheckResponse.Status.UP, probe(readiness, "reachable"));

            proxy.mode(FaultyTcpProxy.Mode.HANG); // the open connection stops answering
            assertEquals(HealthCheckResponse.Status.DOWN, probe(readiness, "hung after connecting"));
            assertEquals(HealthCheckResponse.Status.DOWN, probe(readiness, "hung while connecting"));

            proxy.reset();
            proxy.mode(FaultyTcpProxy.Mode.PASS);
            assertEquals(HealthCheckResponse.Status.UP, probe(readiness, "back"));

            proxy.reset(); // every connection cut, the database itself fine
            assertEquals(HealthCheckResponse.Status.DOWN, probe(readiness, "cut"));
            assertEquals(HealthCheckResponse.Status.UP, probe(readiness, "reconnected"));
        }
        DatabaseReadiness refused = readiness("jdbc:postgresql://127.0.0.1:1/emploi");
        assertEquals(HealthCheckResponse.Status.DOWN, probe(refused, "refused"));
    }

    private static DatabaseReadiness readiness(String url) {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.url = Optional.of(url);
        readiness.username = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class);
        readiness.password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class);
        readiness.timeout = Duration.ofSeconds(1);
        return readiness;
    }

    private static HealthCheckResponse.Status probe(DatabaseReadiness readiness, String situation) {
        long started = System.nanoTime();
        HealthCheckResponse.Status status = readiness.call().getStatus();
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertTrue(ms < DOWN_WITHIN_MS, situation + ": answered in " + ms + " ms");
        return status;
    }
}

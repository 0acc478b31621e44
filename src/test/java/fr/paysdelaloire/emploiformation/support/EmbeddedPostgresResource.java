package fr.paysdelaloire.emploiformation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, unpacked from Maven Central (zonky), one per test JVM. When
 * {@code QUARKUS_DATASOURCE_JDBC_URL} is set, the tests use that database instead and nothing starts.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        if (postgres == null) {
            try {
                // a throwaway database: nothing in it must survive a crash of the machine, so no flush to disk
                // (durability is what scripts/reliability/crash.sh checks, on a PostgreSQL configured as in production)
                postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The JDBC URL of the database the tests use, for a test that starts the packaged application itself. */
    public static String jdbcUrl() {
        String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return configured != null ? configured : postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void stop() {
        // kept for the whole JVM: later test classes reuse it; the shutdown hook stops it
    }
}

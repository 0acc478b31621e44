package fr.paysdelaloire.emploiformation.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The dev-mode PostgreSQL: one per JVM, kept across live reloads (its JDBC URL is remembered in a
 * system property, which survives the class loader that live reload throws away), stopped with the JVM.
 */
final class DevPostgres {

    private static final String REMEMBERED_URL = "ef.dev.postgres.url";

    private DevPostgres() {
    }

    static synchronized Map<String, String> start() {
        String url = System.getProperty(REMEMBERED_URL);
        if (url == null) {
            try {
                Path dataDir = Files.createTempDirectory("ef-dev-postgres");
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(true)
                        .start();
                url = postgres.getJdbcUrl("postgres", "postgres");
                System.setProperty(REMEMBERED_URL, url);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }, "ef-dev-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for dev mode", e);
            }
        }
        return Map.of(
                DevPostgresConfigSourceFactory.URL_PROPERTY, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}

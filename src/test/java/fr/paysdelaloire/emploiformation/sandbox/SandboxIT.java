package fr.paysdelaloire.emploiformation.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

import fr.paysdelaloire.emploiformation.support.EmbeddedPostgresResource;
import fr.paysdelaloire.emploiformation.support.OidcProviderResource;

/**
 * The partners' sandbox (issue #23), the packaged application started as k8s/overlays/sandbox starts it, on a database of
 * its own: Swagger UI served, the demo dataset loaded, every start a clean sandbox — and a database holding data no
 * sandbox made is refused, never wiped.
 */
@QuarkusIntegrationTest
class SandboxIT {

    static final int PORT = 8094;

    @Test
    void everyStartIsACleanSandboxAndAnotherDatabaseIsNeverWiped() throws Exception {
        String url = database("sandbox_it");
        Process first = start(url);
        try {
            assertEquals(200, status("/q/swagger-ui/"), "Swagger UI, turned on at run time");
            assertEquals(200, status("/q/openapi"));
            assertEquals(6L, count(url, "select count(*) from lot"), "the demo dataset's lots");
            sql(url, "insert into training_body (siret, name) values ('41229838000079', 'Écrit pendant la journée')");
        } finally {
            stop(first);
        }
        stop(start(url));
        assertEquals(0L, count(url, "select count(*) from training_body where siret = '41229838000079'"), "wiped at the start");
        assertEquals(6L, count(url, "select count(*) from lot"));

        // a database with data and no sandbox mark: the start fails, saying why, and nothing is touched
        sql(url, "drop table sandbox_marker");
        Process refused = launch(url);
        assertTrue(refused.waitFor(90, TimeUnit.SECONDS), "the sandbox kept running on a database it did not make");
        assertNotEquals(0, refused.exitValue());
        String printed = Files.readString(log(), StandardCharsets.UTF_8);
        assertTrue(printed.contains("EF_SANDBOX_ENABLED is set, but this database holds data that no sandbox made"), printed);
        assertEquals(6L, count(url, "select count(*) from lot"), "nothing wiped");
    }

    /** A new database on the tests' PostgreSQL server; its JDBC URL. */
    static String database(String name) throws SQLException {
        String server = EmbeddedPostgresResource.jdbcUrl();
        sql(server, "drop database if exists " + name);
        sql(server, "create database " + name);
        return server.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    static Process start(String url) throws Exception {
        Process process = launch(url);
        for (int i = 0; i < 240; i++) {
            if (!process.isAlive()) {
                throw new AssertionError("the sandbox stopped: " + Files.readString(log()));
            }
            try {
                if (status("/q/health/ready") == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the sandbox was not ready in 60 s: " + Files.readString(log()));
    }

    static Process launch(String url) throws IOException {
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true).redirectOutput(log().toFile());
        var environment = launch.environment();
        environment.keySet().removeIf(name -> name.startsWith("EF_") || name.startsWith("QUARKUS_"));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", url);
        environment.put("QUARKUS_DATASOURCE_USERNAME", user());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", password());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", OidcProviderResource.issuer());
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(PORT));
        environment.put("EF_WEBHOOKS_SECRET_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        environment.put("EF_SANDBOX_ENABLED", "true");
        environment.put("QUARKUS_SWAGGER_UI_ENABLE", "true");
        return launch.start();
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static Path log() {
        return Path.of("target", "sandbox-it.log");
    }

    static int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static long count(String url, String query) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void sql(String url, String statement) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    static String user() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres");
    }
}

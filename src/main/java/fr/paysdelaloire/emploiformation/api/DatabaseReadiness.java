package fr.paysdelaloire.emploiformation.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness that tells the truth fast (issue #24, 4): "can this instance reach its database now?", answered on a
 * connection of its own with its own short timeouts, never the request pool's. The pool's own check waited for a
 * pooled connection up to the pool's acquisition timeout, so during an outage readiness answered 503 once and then
 * timed out (R4). Here a probe connects in at most {@code ef.health.database-timeout} per host and runs
 * {@code select 1} bounded by the same time (the socket's timeout: a query timeout would send a cancel request,
 * which waits 10 s on a hung network); a failed probe drops its connection, and the next one connects anew, so
 * the answer is UP again at the first probe after the database returns. Liveness never looks at the database.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Whole seconds: PostgreSQL's driver counts its connect, login and socket timeouts in seconds. */
    @ConfigProperty(name = "ef.health.database-timeout", defaultValue = "PT1S")
    Duration timeout;

    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private Connection connection;

    @Override
    public synchronized HealthCheckResponse call() {
        if (url.isEmpty()) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "no datasource URL").build();
        }
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try {
            if (connection == null) {
                connection = DRIVER.connect(url.get(), properties(seconds));
                if (connection == null) {
                    throw new SQLException("not a PostgreSQL URL", "08001");
                }
            }
            try (Statement probe = connection.createStatement()) {
                probe.execute("select 1"); // bounded by socketTimeout: a query timeout would send a cancel, which hangs too
            }
            return HealthCheckResponse.named(NAME).up().build();
        } catch (SQLException e) {
            close();
            return HealthCheckResponse.named(NAME).down()
                    .withData("sql_state", e.getSQLState() == null ? "none" : e.getSQLState()).build();
        }
    }

    private Properties properties(int seconds) {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("connectTimeout", String.valueOf(seconds));
        properties.setProperty("loginTimeout", String.valueOf(seconds));
        properties.setProperty("socketTimeout", String.valueOf(seconds));
        properties.setProperty("cancelSignalTimeout", String.valueOf(seconds));
        properties.setProperty("ApplicationName", "emploi-formation readiness");
        return properties;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is dropped either way
            }
            connection = null;
        }
    }
}

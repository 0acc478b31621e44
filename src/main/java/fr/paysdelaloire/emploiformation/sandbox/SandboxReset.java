package fr.paysdelaloire.emploiformation.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The partners' sandbox (issue #23): with {@code ef.sandbox.enabled}, every start wipes the database's data and loads the
 * demo dataset (the lots and groupements of {@code db/sandbox/}, the ones {@code ./mvnw quarkus:dev} has), so that a
 * nightly restart (the sandbox overlay's CronJob) gives partners a clean sandbox every morning. The schema is Flyway's and
 * stays; the change sequences go on (a publisher's cursor from before the reset stays valid).
 * <p>
 * Never a system of record's database: the first reset marks its database ({@code sandbox_marker}), and a database that
 * holds data and no mark is refused — the start fails with {@link #REFUSED} — rather than wiped.
 */
@ApplicationScoped
public class SandboxReset {

    static final String DATASET = "db/sandbox/R__sandbox_dataset.sql";
    static final String REFUSED = "EF_SANDBOX_ENABLED is set, but this database holds data that no sandbox made (it has no "
            + "sandbox_marker table): a sandbox wipes its database at every start, so it refuses to touch this one. Give the "
            + "sandbox a database of its own.";
    private static final Logger LOG = Logger.getLogger(SandboxReset.class);

    @ConfigProperty(name = "ef.sandbox.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DataSource dataSource;

    void reset(@Observes StartupEvent started) throws SQLException, IOException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(hashtext('ef-sandbox-reset'))"); // replicas start one at a time
                boolean marked = one(statement, "select to_regclass('sandbox_marker') is not null");
                if (!marked && one(statement, "select exists (select 1 from lot) or exists (select 1 from hiring_intention)"
                        + " or exists (select 1 from session_request) or exists (select 1 from candidate)")) {
                    throw new IllegalStateException(REFUSED);
                }
                statement.execute("create table if not exists sandbox_marker (reset_at timestamptz not null)");
                String tables = text(statement, "select string_agg(format('%I', tablename), ', ') from pg_tables"
                        + " where schemaname = current_schema() and tablename not in ('flyway_schema_history', 'sandbox_marker')");
                statement.execute("truncate table " + tables + " cascade");
                statement.execute(dataset());
                statement.execute("insert into sandbox_marker (reset_at) values (now())");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        LOG.info("Sandbox: data wiped, demo dataset loaded (" + DATASET + ")");
    }

    static String dataset() throws IOException {
        try (InputStream sql = SandboxReset.class.getClassLoader().getResourceAsStream(DATASET)) {
            if (sql == null) {
                throw new IllegalStateException("The sandbox dataset is missing from the application: " + DATASET);
            }
            return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean one(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}

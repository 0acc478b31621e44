package fr.paysdelaloire.emploiformation.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * A native statement of the hot paths, run through JDBC on the transaction's connection (issue #22, P1): Hibernate
 * parses a native query's text again at every execution (its SQL parser was 7 % of the intake's samples, JFR), where
 * this one turns its {@code :name} parameters into {@code ?} once. A collection value is bound as a text array (write
 * {@code = any(:names)}). Pending entity changes are flushed first, as Hibernate does before a native query (when the
 * session holds anything).
 */
public final class PreparedSql {

    /** Reads the result set of a query. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final String sql;
    private final List<String> names;

    public PreparedSql(String named) {
        StringBuilder jdbc = new StringBuilder(named.length());
        List<String> found = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < named.length() && Character.isLetter(named.charAt(i + 1))
                    && (i == 0 || named.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < named.length() && (Character.isLetterOrDigit(named.charAt(end)) || named.charAt(end) == '_')) {
                    end++;
                }
                found.add(named.substring(i + 1, end));
                jdbc.append('?');
                i = end - 1;
                continue;
            }
            jdbc.append(c);
        }
        this.sql = jdbc.toString();
        this.names = List.copyOf(found);
    }

    /** The statement as JDBC receives it. */
    public String sql() {
        return sql;
    }

    /** The parameters' names, in the order of their places. */
    public List<String> names() {
        return names;
    }

    public <T> T query(EntityManager entityManager, Map<String, ?> values, Rows<T> rows) {
        return run(entityManager, values, statement -> {
            try (ResultSet result = statement.executeQuery()) {
                return rows.read(result);
            }
        });
    }

    public int update(EntityManager entityManager, Map<String, ?> values) {
        return run(entityManager, values, PreparedStatement::executeUpdate);
    }

    private interface Execution<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(EntityManager entityManager, Map<String, ?> values, Execution<T> execution) {
        Session session = entityManager.unwrap(Session.class);
        if (managesAnything(session)) { // a flush event costs even with nothing to write (P1: 6 % of the intake's samples)
            session.flush();
        }
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    if (!values.containsKey(name)) {
                        throw new IllegalArgumentException("no value for :" + name);
                    }
                    bind(connection, statement, i + 1, values.get(name));
                }
                return execution.on(statement);
            }
        });
    }

    /** Does the session hold any entity or collection, whose pending changes the statement must see? */
    public static boolean managesAnything(Session session) {
        var context = session.unwrap(org.hibernate.engine.spi.SessionImplementor.class).getPersistenceContextInternal();
        return context.getNumberOfManagedEntities() > 0 || context.getCollectionEntriesSize() > 0;
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Collection<?> many) {
            statement.setArray(index, connection.createArrayOf("text", many.stream().map(String::valueOf).toArray()));
        } else {
            statement.setObject(index, value);
        }
    }
}

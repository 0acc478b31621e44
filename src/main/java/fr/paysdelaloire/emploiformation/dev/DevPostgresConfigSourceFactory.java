package fr.paysdelaloire.emploiformation.dev;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Dev mode only: when no datasource URL is configured, starts an embedded PostgreSQL (the real server,
 * unpacked from Maven Central) and points the datasource at it. Any profile but {@code dev} — tests,
 * production — gets nothing from here; a configured {@code QUARKUS_DATASOURCE_JDBC_URL} always wins.
 *
 * <p>
 * The Quarkiverse extension quarkus-embedded-postgresql was tried first and set aside: it starts its
 * server in the production profile too, and would ship the PostgreSQL binaries in the production
 * application.
 */
public class DevPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (profiles == null || !profiles.contains("dev")) {
            return Collections.emptyList();
        }
        ConfigValue configured = context.getValue(URL_PROPERTY);
        if (configured != null && configured.getValue() != null && !configured.getValue().isBlank()) {
            return Collections.emptyList();
        }
        Map<String, String> datasource = DevPostgres.start();
        // Below application.properties (250) so that a URL given there or in the environment still wins.
        return List.of(new PropertiesConfigSource(datasource, "embedded-postgresql-dev", 200));
    }
}

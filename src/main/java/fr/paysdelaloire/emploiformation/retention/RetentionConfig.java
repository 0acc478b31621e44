package fr.paysdelaloire.emploiformation.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long personal data is kept (RGPD art. 5-1-e), and how often the purge runs. See docs/security.md. */
@ConfigMapping(prefix = "ef.retention")
public interface RetentionConfig {

    /** Whether this replica runs the purge (any may: one at a time, by an advisory lock). */
    @WithDefault("true")
    boolean enabled();

    /** How often the purge runs; the first run comes one interval after start. */
    @WithDefault("PT1H")
    Duration interval();

    /** Stored idempotent answers (full response bodies): as long as a partner may retry a request. */
    @WithDefault("P7D")
    Duration idempotencyAnswers();

    /**
     * A candidate's identity after their last path ended, or after their last activity without a path: two years, the
     * time to follow the hire and answer the Region's controls (and CNIL's usual period for job seekers' data).
     */
    @WithDefault("P730D")
    Duration candidateIdentity();

    /** The candidates' access log: one year (CNIL's recommendation on logging: six months to a year). */
    @WithDefault("P365D")
    Duration candidateAccessLog();

    /** Candidates erased per transaction, so that a large backlog never holds long locks. */
    @WithDefault("500")
    int batchSize();
}

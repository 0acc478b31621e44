package fr.paysdelaloire.emploiformation.security;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client rate limits: requests per minute by role, with overrides per client id. The budget is shared by
 * all replicas: the windows are counted in PostgreSQL (see {@link RateLimiter}).
 */
@ConfigMapping(prefix = "ef.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests per minute for the clients of a role (keys: the role names). */
    Map<String, Integer> perMinute();

    /** Requests per minute for one client id, overriding its role's. */
    Map<String, Integer> clients();
}

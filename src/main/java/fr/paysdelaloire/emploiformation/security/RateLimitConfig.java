package fr.paysdelaloire.emploiformation.security;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client rate limits: requests per minute by role, with overrides per client id. The budget is per
 * replica: with N replicas behind the load balancer, a client gets at most N × its limit; set
 * {@code replicas} to N to divide the limit between them (see README "Rate limits").
 */
@ConfigMapping(prefix = "ef.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests per minute for the clients of a role (keys: the role names). */
    Map<String, Integer> perMinute();

    /** Requests per minute for one client id, overriding its role's. */
    Map<String, Integer> clients();

    /** Replicas sharing the budget: each one allows limit / replicas. */
    @WithDefault("1")
    int replicas();
}

package fr.paysdelaloire.emploiformation.api;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The scheme's counters on /q/metrics: intentions received by outcome, requests authorised, time to decision, webhook
 * delivery attempts by result.
 */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MeterRegistry registry;

    public void intentionReceived(String outcome) {
        registry.counter("ef_hiring_intentions_received", "outcome", outcome).increment();
    }

    public void sessionDecided(String decision, Duration sinceFirstSubmission) {
        registry.counter("ef_session_requests_decided", "decision", decision).increment();
        if (sinceFirstSubmission != null) {
            registry.timer("ef_session_requests_time_to_decision", "decision", decision).record(sinceFirstSubmission);
        }
    }

    /** One attempt to deliver a webhook: DELIVERED, RETRY or FAILED (given up). */
    public void webhookAttempt(String result) {
        registry.counter("ef_webhook_delivery_attempts", "result", result).increment();
    }
}

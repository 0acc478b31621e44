package fr.paysdelaloire.emploiformation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A body announced over {@code quarkus.http.limits.max-body-size} is refused before it is read, with a 413 problem
 * like every other refusal. Without this, the HTTP layer answered a bare 413 with no body (found by the bad-input
 * campaign, R1: BadInputCampaignTest, kind body-over-limit).
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long max = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length, max)) {
                String problem = new JsonObject().put("type", ProblemType.PAYLOAD_TOO_LARGE.uri())
                        .put("title", ProblemType.PAYLOAD_TOO_LARGE.title()).put("status", 413)
                        .put("detail", "The body is " + length + " bytes; the limit is " + max + " bytes.")
                        .put("instance", context.request().path()).put("code", ProblemType.PAYLOAD_TOO_LARGE.name()).encode();
                context.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close").end(problem)
                        .onComplete(done -> context.request().connection().close()); // the body is never read
            } else {
                context.next();
            }
        });
    }

    static boolean tooLong(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}

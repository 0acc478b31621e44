package fr.paysdelaloire.emploiformation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
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

    @Inject
    Json json;

    void install(@Observes Router router) {
        long max = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length, max)) {
                ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                String problem = json.write(new Problem(type.uri(), type.title(), type.status(),
                        "The body is " + length + " bytes; the limit is " + max + " bytes.", context.request().path(),
                        type.name(), null, null, null));
                context.response().setStatusCode(type.status()).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
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

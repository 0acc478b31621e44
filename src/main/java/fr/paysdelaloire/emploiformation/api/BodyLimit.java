package fr.paysdelaloire.emploiformation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused with a 413 problem like every other refusal. A body
 * announced over it (Content-Length) is refused before it is read; a body sent chunked, whose length nobody knows
 * beforehand, is read here up to the limit and refused as soon as it passes it (issue #24). Without this, the HTTP
 * layer answered a bare 413 with no body (found by the bad-input campaign, R1: BadInputCampaignTest, kinds
 * body-over-limit and chunked-over-limit).
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    Json json;

    void install(@Observes Router router) {
        long max = maxBodySize.asLongValue();
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, max)) {
                refuse(context, "The body is " + length + " bytes; the limit is " + max + " bytes.");
            } else if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                chunked.handle(context); // read whole within the limit, or failed with 413 past it
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context, "The body, sent chunked, passed the limit of " + max + " bytes.");
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context, String detail) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        String problem = json.write(new Problem(type.uri(), type.title(), type.status(), detail, context.request().path(),
                type.name(), null, null, null));
        context.response().setStatusCode(type.status()).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Connection", "close").end(problem)
                .onComplete(done -> context.request().connection().close()); // the rest of the body is never read
    }

    static boolean tooLong(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}

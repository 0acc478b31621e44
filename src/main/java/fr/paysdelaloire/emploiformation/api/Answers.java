package fr.paysdelaloire.emploiformation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The edge's one answer builder: a {@link Representation} becomes 201 (created) or 200, with {@code Location}, the
 * {@code ETag} of its version, and its JSON — the stored JSON, byte for byte, for a replayed idempotent write.
 */
@ApplicationScoped
public class Answers {

    @Inject
    Json json;

    public Response of(Representation<?> representation) {
        Response.ResponseBuilder response = Response.status(representation.created() ? 201 : 200).type(MediaType.APPLICATION_JSON)
                .entity(representation.json() != null ? representation.json() : json.write(representation.body()));
        if (representation.location() != null) {
            response.header("Location", representation.location());
        }
        if (representation.version() != null) {
            response.header("ETag", ETags.of(representation.version()));
        }
        return response.build();
    }
}

package fr.paysdelaloire.emploiformation.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A write's answer, already serialised: status, {@code Location}, {@code ETag} (only for the resources that take
 * {@code If-Match}: hiring intentions, session requests, lots) and the JSON body. It is
 * what an {@code Idempotency-Key} stores, so that a replay returns the very same bytes.
 */
public record Answer(int status, String location, String etag, String json) {

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(json);
        if (location != null) {
            response.header("Location", location);
        }
        if (etag != null) {
            response.header("ETag", etag);
        }
        return response.build();
    }
}

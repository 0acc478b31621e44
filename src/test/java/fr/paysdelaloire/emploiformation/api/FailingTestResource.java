package fr.paysdelaloire.emploiformation.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to check what a 500 shows. Not in the contract. */
@Path("/test-only/failure")
@PermitAll
public class FailingTestResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret detail: candidate Jeanne Martin, NIR 2 84 05 44 109 123 45");
    }
}

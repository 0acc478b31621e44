package fr.paysdelaloire.emploiformation.api;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;

/** Test-only endpoints (not in the contract): a bug, each deliberate refusal, and who the caller is. */
@Path("/test-only")
public class FailingTestResource {

    @Inject
    Caller caller;

    @GET
    @Path("/failure")
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret detail: candidate Jeanne Martin, NIR 2 84 05 44 109 123 45");
    }

    @GET
    @Path("/problem/{type}")
    @PermitAll
    @Operation(hidden = true)
    public String problem(@PathParam("type") ProblemType type) {
        throw new ApiProblem(type, "deliberate " + type.name());
    }

    @GET
    @Path("/caller")
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER, Roles.PUBLISHER })
    @Operation(hidden = true)
    public Map<String, String> caller() {
        return Map.of(
                "client_id", caller.clientId().orElse("-"),
                "org_siret", caller.orgSiret().orElse("-"),
                "org_id", caller.orgId().orElse("-"),
                "training_body", String.valueOf(caller.hasRole(Roles.TRAINING_BODY)));
    }
}

package fr.paysdelaloire.emploiformation.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path("/api/v1/instruction-queue")
@Tag(name = "Session requests")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class InstructionQueueResource {

    @Inject
    SessionReads requests;

    @GET
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "getInstructionQueue", summary = "The Region's instruction queue",
            description = "Session requests waiting for the Region (*file d'instruction*): SUBMITTED, UNDER_REVIEW and "
                    + "INFORMATION_REQUESTED, in order of arrival (§9) — their first submission, so that a request sent back "
                    + "for information keeps its place — with the days waited; then, under `reviews`, what it has to decide on authorised "
                    + "sessions, oldest first: employers' withdrawals before the start (§6) and trainees asking to join (§5), each "
                    + "with the session's places, the positions still committed and the group-size rule as it stands now (§5).\n\n"
                    + "Roles: `region-officer`.")
    @APIResponse(responseCode = "200", description = "The queue.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstructionQueueResponse.class)))
    public InstructionQueueResponse queue() {
        return requests.queue();
    }
}

package fr.paysdelaloire.emploiformation.intention;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.Answers;
import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.security.Roles;

/** The Region's arbitration between training bodies an employer consulted for one training (§6). */
@Path(IntentionResource.PATH + "/{id}/arbitration")
@Tag(name = "Hiring intentions")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ArbitrationResource {

    @Inject
    Answers answers;

    @Inject
    ArbitrationService arbitrations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "arbitrateHiringIntention", summary = "Arbitrate which training body the employer commits to",
            description = "An employer may consult several training bodies but commits to only one for the same training "
                    + "(FAQ §6). Only an intention with its written proof holds an employer, and a second body's written "
                    + "intention for the same employer and training is not refused: it is recorded with the rule "
                    + "ONE_TRAINING_BODY at NEEDS_DEROGATION (status AWAITING_DEROGATION) for the Region to arbitrate "
                    + "(*arbitrage*). The Region finds the competing intentions with `employer_siret` on the list. This "
                    + "operation holds the given intention's body as the one the employer commits to: its rule passes; the "
                    + "intentions of other bodies for that employer and training that no session request uses fail the "
                    + "rule (INELIGIBLE), with the reason in their history and a webhook to their readers. 409 if another "
                    + "body's intention is used by a session request (settle it first) or this one has ended; 422 without "
                    + "written proof. The decision lapses when the chosen intention is corrected to another employer, "
                    + "training or body, or ends (the employer is free again).\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArbitrationBody.class),
            examples = @ExampleObject(name = "arbitration", value = "{\"reason\":\"L'employeur confirme par courriel du 2 décembre s'engager auprès de cet organisme.\"}")))
    @APIResponse(responseCode = "200", description = "Arbitrated: the intention, its rule passing.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response arbitrate(@Parameter(description = "Intention id.") @PathParam("id") UUID id,
            @Parameter(description = "Required: the ETag of the version you read (428 without it, 412 when stale).", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ArbitrationBody arbitration) {
        return answers.of(arbitrations.arbitrate(id, arbitration, ifMatch));
    }
}

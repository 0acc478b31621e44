package fr.paysdelaloire.emploiformation.candidate;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path(PathResource.PATH)
@Tag(name = "Candidates and paths")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PathResource {

    public static final String PATH = "/api/v1/paths";

    private static final String TRANSITIONS = " An illegal transition answers 409 with the allowed ones. Life of a path: "
            + "POSITIONED → (EMPLOYER_AGREED →) INTEGRATED → COMPLETED (when the session completes), or DROPPED_OUT from any "
            + "of the first three; then the outcome. The employer's agreement is recorded when it is given; integration does "
            + "not wait for it (§5, and after an employer's withdrawal the session goes on, §6).";

    @Inject
    Answers answers;

    @Inject
    PathReads reads;

    @Inject
    PathTransitions transitions;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getPath", summary = "Read a training path",
            description = "A training path (*parcours*).\n\nRoles: the session's training body, a validator that handles the "
                    + "candidate, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PathResponse get(@Parameter(description = "Path id.") @PathParam("id") UUID id) {
        return reads.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getPathHistory", summary = "Read the history of a training path",
            description = "Every change of a training path (*parcours*) with its actor.\n\nRoles: as for reading the path.")
    @APIResponse(responseCode = "200", description = "The changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.History.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PathResponse.History history(@Parameter(description = "Path id.") @PathParam("id") UUID id) {
        return reads.history(id);
    }

    @POST
    @Path("/{id}/employer-agreement")
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "recordEmployerAgreement", summary = "Record the employer's agreement",
            description = "The employer took part in the selection and agrees to the candidate (*accord de l'employeur*, §6). "
                    + "It is recorded when given (§5: the body validates the integration, « l'employeur également »): before "
                    + "the integration the path becomes EMPLOYER_AGREED; after it, integration having gone ahead without it, it "
                    + "is noted (`employer_agreed_at`, history) and the path stays INTEGRATED; a second time is 409."
                    + TRANSITIONS + "\n\nRoles: `training-body` (the session's).")
    @APIResponse(responseCode = "200", description = "EMPLOYER_AGREED, or INTEGRATED with `employer_agreed_at`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response employerAgreement(@Parameter(description = "Path id.") @PathParam("id") UUID id) {
        return answers.of(transitions.apply(id, PathTransition.EMPLOYER_AGREEMENT, null));
    }

    @POST
    @Path("/{id}/integrate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "integratePath", summary = "Validate the trainee's integration",
            description = "The training body validates the final integration (*intégration*, §5) and adapts the path: "
                    + "individual hours may be fewer than the session's planned hours (§7: an individualised path), never more "
                    + "(422 PATH_HOURS): more hours come only from an extra-hours amendment the Region orders, which add to "
                    + "them; part-time is possible with pay prorated (§5)."
                    + TRANSITIONS + "\n\nRoles: `training-body` (the session's).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathIntegrationBody.class),
            examples = @ExampleObject(name = "integration", value = "{\"individual_hours\":620,\"part_time\":false}")))
    @APIResponse(responseCode = "200", description = "INTEGRATED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response integrate(@Parameter(description = "Path id.") @PathParam("id") UUID id, PathIntegrationBody body) {
        return answers.of(transitions.apply(id, PathTransition.INTEGRATE, body));
    }

    @POST
    @Path("/{id}/drop-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "dropOutPath", summary = "Record a drop-out",
            description = "The trainee leaves the training (*abandon*); the reason is required. The hiring intention's place "
                    + "is free for a replacement (§5)." + TRANSITIONS + "\n\nRoles: `training-body` (the session's).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PathDropOutBody.class),
            examples = @ExampleObject(name = "drop-out", value = "{\"reason\":\"Abandon pour raisons personnelles\"}")))
    @APIResponse(responseCode = "200", description = "DROPPED_OUT.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response dropOut(@Parameter(description = "Path id.") @PathParam("id") UUID id, PathDropOutBody body) {
        return answers.of(transitions.apply(id, PathTransition.DROP_OUT, body));
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "recordPathOutcome", summary = "Record what became of the trainee",
            description = "The outcome (*suite de parcours*) of a COMPLETED or DROPPED_OUT path, once: HIRED with the contract "
                    + "type and start date — the hiring intention becomes FULFILLED (§6) — or NOT_HIRED with the reason; a "
                    + "partial certification records an attestation (§4).\n\nRoles: `training-body` (the session's).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PathOutcomeBody.class),
            examples = @ExampleObject(name = "hired", value = "{\"outcome\":\"HIRED\",\"contract_type\":\"CDI\",\"start_date\":\"2027-10-01\"}")))
    @APIResponse(responseCode = "200", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response outcome(@Parameter(description = "Path id.") @PathParam("id") UUID id, PathOutcomeBody body) {
        return answers.of(transitions.outcome(id, body));
    }
}

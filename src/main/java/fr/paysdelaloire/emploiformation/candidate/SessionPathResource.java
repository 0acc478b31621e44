package fr.paysdelaloire.emploiformation.candidate;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Path("/api/v1/session-requests/{id}/paths")
@Tag(name = "Candidates and paths")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SessionPathResource {

    @Inject
    Answers answers;

    @Inject
    PathPositioning positioning;

    @Inject
    PathReads reads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY })
    @Operation(operationId = "createPath", summary = "Position a candidate on a session",
            description = "Opens a training path (*parcours*): one validated candidate fills one hiring intention of this "
                    + "authorised or started session. A trainee without a hiring intention is not a Region-funded path (§5: "
                    + "422). An intention takes at most as many paths as its positions, dropped-out ones not counted (§5, "
                    + "§9: 409); a candidate has one active path at a time (409).\n\n**Who positions whom** (§5: validators "
                    + "validate and position candidates; the training body validates the final integration). A validator "
                    + "positions the candidates it follows (registered, validated, or registered them too). A training body running the session positions a "
                    + "candidate a validator referred to it or to this very session (`POST /candidates/{id}/referrals`), or one "
                    + "of its own paths (e.g. again after a drop-out, within 183 days of its end). For a training body, every "
                    + "refusal about the candidate — unknown, not referred, not validated, already placed — is the same 404, "
                    + "so that the answer tells nothing about a person; the session's and the intention's answers (409, 422) "
                    + "come first and do not depend on the candidate.\n\nRoles: `validator` (one that handles the "
                    + "candidate), `training-body` (the session's).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PathBody.class),
            examples = @ExampleObject(name = "path", value = "{\"candidate_id\":\"3f2b8c1d-7e6a-4b59-9c1d-2a3b4c5d6e7f\","
                    + "\"hiring_intention_id\":\"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11\"}")))
    @APIResponse(responseCode = "201", description = "Positioned.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response create(@Parameter(description = "Session request id.") @PathParam("id") UUID id, PathBody body) {
        return answers.of(positioning.create(id, body));
    }

    @GET
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listPaths", summary = "List a session's training paths",
            description = "The training paths (*parcours*) of a session: all of them for the Region and the session's training "
                    + "bodies, a validator's own candidates' for a validator. No personal data beyond the candidate's id.\n\n"
                    + "Roles: `validator`, `training-body`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The paths.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<PathResponse> list(@Parameter(description = "Session request id.") @PathParam("id") UUID id) {
        return reads.ofSession(id);
    }
}

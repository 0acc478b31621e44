package fr.paysdelaloire.emploiformation.candidate;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path(ReferralResource.PATH)
@Tag(name = "Candidates and paths")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    public static final String PATH = "/api/v1/referrals";

    @Inject
    ReferralService referrals;

    @GET
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listReferrals", summary = "Referrals: made, received, or all",
            description = "Referrals of candidates (*orientations*, FAQ §5), newest first: a validator's own, those naming a "
                    + "training body (to it, or to a session it submitted) — its list of candidates to receive — or all "
                    + "for the Region. No personal data: read the candidate with its id.\\n\\nRoles: `validator`, "
                    + "`training-body`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "One page.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ReferralResponse.Page list(
            @Parameter(description = "OPEN, USED, CLOSED or WITHDRAWN.", example = "OPEN") @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0.", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20).", example = "20") @QueryParam("size") Integer size) {
        return referrals.list(status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getReferral", summary = "Read a referral",
            description = "One referral (*orientation*): for the validator that made it, the training body it names and the "
                    + "Region; 404 for anyone else.\\n\\nRoles: as said.")
    @APIResponse(responseCode = "200", description = "The referral.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReferralResponse get(@Parameter(description = "Referral id.") @PathParam("id") UUID id) {
        return referrals.get(id);
    }
}

package fr.paysdelaloire.emploiformation.reference;

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

@Path(SubcontractorApprovalResource.PATH)
@Tag(name = "Reference data")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SubcontractorApprovalResource {

    static final String PATH = "/api/v1/lots/{code}/subcontractor-approvals";

    static final String EXAMPLE = """
            {"id":"4f6c1a2e-93d1-4b8a-8f5e-2a7c9d0e1b34","lot_code":"CONSTR-44","siret":"38012986600030",\
            "name":"Compétences Bâtiment","nda":"52490456749",\
            "reason":"Aucun membre du groupement n'est habilité à préparer le CACES R482 demandé par les employeurs.",\
            "status":"LIVE","approved_by":"training-body:41229838000012","approved_at":"2027-01-12T09:30:00Z"}""";

    @Inject
    Answers answers;

    @Inject
    SubcontractorApprovalService approvals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "approveSubcontractor", summary = "Approve a subcontractor for the lot (mandataire)",
            description = "The lot's mandataire gives its prior agreement to a subcontractor (*accord du mandataire à un "
                    + "sous-traitant*, FAQ §2, §9: « Il reviendra au mandataire du groupement de décider de l'entrée ou non "
                    + "d'un sous-traitant »), stating why no member of the groupement can deliver the training itself (§2). "
                    + "The subcontractor may then draft and submit session requests on the lot; each request names the "
                    + "approval it relies on (`subcontractor_approval_id`). The mandataire and its co-traitants are not "
                    + "approved as subcontractors (409), nor twice at once (409). A body the service already knows keeps its "
                    + "registered name and NDA. This decision prevails over the lot's `approved_by_mandataire`, the Region's "
                    + "record of an agreement given outside the API.\n\nRoles: `training-body`, the lot's mandataire only "
                    + "(another body: 403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubcontractorApprovalBody.class),
            examples = @ExampleObject(name = "approval", value = """
                    {"siret":"38012986600030","name":"Compétences Bâtiment","nda":"52490456749",\
                    "reason":"Aucun membre du groupement n'est habilité à préparer le CACES R482 demandé par les employeurs."}""")))
    @APIResponse(responseCode = "201", description = "Approved.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubcontractorApprovalResponse.class),
                    examples = @ExampleObject(name = "live", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response approve(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code,
            SubcontractorApprovalBody body) {
        return answers.of(approvals.approve(code, body));
    }

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listSubcontractorApprovals", summary = "List the lot's subcontractor approvals",
            description = "The mandataire's agreements to subcontractors (*sous-traitants*, FAQ §2, §9), live and withdrawn, "
                    + "oldest first, each with why no member could deliver and, once withdrawn, why.\n\nRoles: "
                    + "`region-officer` and the lot's mandataire (all of them); a subcontractor (`training-body`) sees only its "
                    + "own; another body, none.")
    @APIResponse(responseCode = "200", description = "The approvals.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubcontractorApprovalResponse.Page.class),
                    examples = @ExampleObject(name = "approvals", value = "{\"items\":[" + EXAMPLE + "]}")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SubcontractorApprovalResponse.Page list(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code) {
        return approvals.list(code);
    }

    @GET
    @Path("/{approval_id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getSubcontractorApproval", summary = "Read a subcontractor approval",
            description = "One agreement of the mandataire to a subcontractor (*accord du mandataire à un sous-traitant*, FAQ "
                    + "§2, §9), live or withdrawn.\n\nRoles: `region-officer`, the "
                    + "lot's mandataire, the subcontractor it names (another body: 404).")
    @APIResponse(responseCode = "200", description = "The approval.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubcontractorApprovalResponse.class),
                    examples = @ExampleObject(name = "live", value = EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SubcontractorApprovalResponse get(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code,
            @Parameter(description = "Approval id.") @PathParam("approval_id") UUID id) {
        return approvals.get(code, id);
    }

    @POST
    @Path("/{approval_id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "withdrawSubcontractorApproval", summary = "Withdraw a subcontractor approval (mandataire)",
            description = "The mandataire withdraws its agreement (*retrait de l'accord*, FAQ §9), with its reason. The "
                    + "subcontractor's new requests stop: a request not yet authorised fails the SUBMITTER rule at its "
                    + "submission or authorisation (422), a new draft too at its submission. Its sessions already authorised, "
                    + "started or completed go on (§6: an authorised session runs to its end). A new approval may follow.\n\n"
                    + "Roles: `training-body`, the lot's mandataire only (another body: 403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubcontractorWithdrawalBody.class),
            examples = @ExampleObject(name = "withdrawal", value = "{\"reason\":\"Un co-traitant a obtenu l'habilitation.\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubcontractorApprovalResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response withdraw(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code,
            @Parameter(description = "Approval id.") @PathParam("approval_id") UUID id, SubcontractorWithdrawalBody body) {
        return answers.of(approvals.withdraw(code, id, body));
    }
}

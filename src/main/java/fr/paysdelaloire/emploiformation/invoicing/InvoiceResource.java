package fr.paysdelaloire.emploiformation.invoicing;

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

@Path(InvoiceResource.PATH)
@Tag(name = "Invoicing")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    public static final String PATH = "/api/v1/invoices";

    @Inject
    Answers answers;

    @Inject
    InvoiceService invoices;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getInvoice", summary = "Read an invoice",
            description = "An invoice (*facture*) with its lines. A co-traitant sees the lines of its own sessions only.\n\n"
                    + "Roles: `region-officer`, the lot's mandataire, a co-traitant running a session of the order.")
    @APIResponse(responseCode = "200", description = "The invoice.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public InvoiceResponse get(@Parameter(description = "Invoice id.") @PathParam("id") UUID id) {
        return invoices.get(id);
    }

    @POST
    @Path("/{id}/validate")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "validateInvoice", summary = "Validate an invoice",
            description = "The Region validates the invoice (*validation de la facture*).\n\nRoles: `region-officer`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceDecisionBody.class)))
    @APIResponse(responseCode = "200", description = "Validated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response validate(@Parameter(description = "Invoice id.") @PathParam("id") UUID id, InvoiceDecisionBody body) {
        return answers.of(invoices.decide(id, body, true));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "rejectInvoice", summary = "Reject an invoice",
            description = "The Region rejects the invoice (*rejet de la facture*); the reason is required. The month's hours "
                    + "can then be corrected and the month invoiced again.\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoiceDecisionBody.class),
            examples = @ExampleObject(name = "reject", value = "{\"reason\":\"Heures de mars à corriger\"}")))
    @APIResponse(responseCode = "200", description = "Rejected.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response reject(@Parameter(description = "Invoice id.") @PathParam("id") UUID id, InvoiceDecisionBody body) {
        return answers.of(invoices.decide(id, body, false));
    }
}

package fr.paysdelaloire.emploiformation.invoicing;

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

@Path("/api/v1/purchase-orders/{id}/invoices")
@Tag(name = "Invoicing")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderInvoiceResource {

    @Inject
    Answers answers;

    @Inject
    InvoiceService invoices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "issueInvoice", summary = "Issue the month's invoice of a purchase order",
            description = "The lot's mandataire — the order is addressed to it (§9), whoever of its groupement ran the sessions — "
                    + "issues one invoice (*facture*) for one month and one order (§7), computed, not typed: the hours the "
                    + "order's paths attended that month × the lot's price per trainee-hour (§8), rounded once to the cent "
                    + "(half up), with lines per session and per path (hours only). The Region pays what it ordered (§7, §8): "
                    + "an invoice whose hours exceed what the order has left (ordered, amendments included, minus the issued "
                    + "and validated invoices) is refused with 422 ORDER_EXCEEDED, saying by how many trainee-hours and euros. "
                    + "A second invoice for the same order and month answers 409; a co-traitant gets 403.\n\nRoles: `training-body` (the lot's mandataire).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoiceIssueBody.class),
            examples = @ExampleObject(name = "march", value = "{\"month\":\"2027-03\"}")))
    @APIResponse(responseCode = "201", description = "Issued.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response issue(@Parameter(description = "Purchase order id.") @PathParam("id") UUID id, InvoiceIssueBody body) {
        return answers.of(invoices.issue(id, body));
    }

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listInvoices", summary = "List a purchase order's invoices",
            description = "The invoices (*factures*) of a purchase order, month by month. A co-traitant sees the lines of its "
                    + "own sessions only.\n\nRoles: `region-officer`, the lot's mandataire, a co-traitant running a session of the order.")
    @APIResponse(responseCode = "200", description = "The invoices.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<InvoiceResponse> list(@Parameter(description = "Purchase order id.") @PathParam("id") UUID id) {
        return invoices.ofOrder(id);
    }
}

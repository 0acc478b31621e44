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

    @POST
    @Path("/{id}/credit-note")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "creditInvoice", summary = "Cancel a validated invoice with a credit note",
            description = "A validated invoice is never edited: the lot's mandataire cancels it with a credit note (*avoir*) for "
                    + "its whole amount, with its reason. The invoice becomes CREDITED, no longer counts in the ledger nor the "
                    + "order book, and its month's hours can be corrected and the month invoiced again. An invoice still ISSUED "
                    + "is rejected by the Region instead (409 here).\n\nRoles: `training-body` (the lot's mandataire; a "
                    + "co-traitant gets 403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreditNoteBody.class),
            examples = @ExampleObject(name = "duplicate", value = "{\"reason\":\"Heures de novembre saisies deux fois : facture annulée, à réémettre.\"}")))
    @APIResponse(responseCode = "200", description = "CREDITED, with its credit note.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response credit(@Parameter(description = "Invoice id.") @PathParam("id") UUID id, CreditNoteBody body) {
        return answers.of(invoices.credit(id, body));
    }

    @GET
    @Path("/{id}/export")
    @Produces("text/csv")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "exportInvoice", summary = "Export an invoice for filing (CSV)",
            description = "The invoice as a document the Region's finance team files (*export de la facture*): CSV, UTF-8, "
                    + "semicolon-separated — the invoice, the order number, the lot, the mandataire, the month and status, the "
                    + "price per trainee-hour; one line per path (session, component ONE_JOB_ONE_TRAINING or SOCLE, path, hours, "
                    + "amount before tax); the totals before tax, VAT and with VAT, and the VAT mention. Training is exempt "
                    + "(CGI art. 261-4-4°-a): the rate and the mention are settings (`EF_INVOICING_VAT_RATE`, 0 by default; "
                    + "`EF_INVOICING_VAT_MENTION`). A credited invoice carries its credit note.\n\nRoles: `region-officer`; "
                    + "`training-body` for the lot's mandataire; 404 for any other.")
    @APIResponse(responseCode = "200", description = "The CSV document.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "csv", value = "facture;8f0e7c1a-55b4-4d0e-9a3c-6c2f0d1e9b77\nbon_de_commande;BC-2026-000042\n…")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String export(@Parameter(description = "Invoice id.") @PathParam("id") UUID id) {
        return invoices.csv(id);
    }
}

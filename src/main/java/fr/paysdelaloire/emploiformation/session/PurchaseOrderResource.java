package fr.paysdelaloire.emploiformation.session;

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

@Path(PurchaseOrderResource.PATH)
@Tag(name = "Session requests")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    public static final String PATH = "/api/v1/purchase-orders";

    static final String EXAMPLE = """
            {"id":"9a0c3c1e-5b8d-4a4c-bf2e-7e3c1d2a4b5c","number":"BC-2026-000042",\
            "session_request_ids":["7c9e6679-7425-40de-944b-e07fc1f90ae7"],"lot_code":"CONSTR-44",\
            "mandataire_siret":"73866205898790","paths":5,"trainee_hours":3750,"price_per_trainee_hour":14.50,\
            "amount":54375.00,"status":"ISSUED","issued_at":"2026-12-01T10:00:00Z","amendments":[]}""";

    @Inject
    Answers answers;

    @Inject
    PurchaseOrderService orders;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listPurchaseOrders", summary = "List purchase orders",
            description = "The purchase orders (*bons de commande*) the caller may see: all for the Region, those addressed "
                    + "to it for a lot's mandataire (§9).\n\nRoles: `region-officer`, `training-body` (as mandataire).")
    @APIResponse(responseCode = "200", description = "The orders.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderResponse.class, type = SchemaType.ARRAY)))
    public List<PurchaseOrderResponse> list() {
        return orders.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getPurchaseOrder", summary = "Read a purchase order",
            description = "A purchase order (*bon de commande*): paths, hours, price per trainee-hour (§8), amount, and the "
                    + "amendments ordering extra hours (§7).\n\nRoles: `region-officer`, the lot's mandataire.")
    @APIResponse(responseCode = "200", description = "The order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderResponse.class),
                    examples = @ExampleObject(name = "order", value = EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PurchaseOrderResponse get(@Parameter(description = "Purchase order id.") @PathParam("id") UUID id) {
        return orders.get(id);
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "amendPurchaseOrder", summary = "Order extra hours on a purchase order",
            description = "An amendment (*avenant*) to the purchase order: extra hours for a session's places or for named "
                    + "paths, e.g. to reach the full certification at the employer's request (§7), or trainee-hours moved to "
                    + "another session of the same lot (fungibility, §7: never to another lot — 422 FUNGIBILITY — and never "
                    + "leaving an order negative). Amounts follow at the lot's price per trainee-hour (§8); each amendment "
                    + "stays in the order's history.\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AmendmentBody.class),
            examples = { @ExampleObject(name = "extra-hours", value = "{\"kind\":\"EXTRA_HOURS\",\"extra_hours\":120,\"reason\":\"Heures complémentaires pour la certification complète.\"}"),
                    @ExampleObject(name = "transfer", value = "{\"kind\":\"TRANSFER\",\"target_session_request_id\":\"9b2f4c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"hours\":300,\"reason\":\"Parcours plus longs sur l'autre session du lot\"}") }))
    @APIResponse(responseCode = "201", description = "Amended; the order with its new hours and amount.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response amend(@Parameter(description = "Purchase order id.") @PathParam("id") UUID id, AmendmentBody body) {
        return answers.of(orders.amend(id, body));
    }
}

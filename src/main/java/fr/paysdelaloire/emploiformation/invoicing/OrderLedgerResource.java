package fr.paysdelaloire.emploiformation.invoicing;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/purchase-orders/{id}/ledger")
@Tag(name = "Invoicing")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderLedgerResource {

    @Inject
    OrderLedgerService ledgers;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getOrderLedger", summary = "Read a purchase order's ledger of trainee-hours",
            description = "The order's trainee-hours (*suivi de la commande*, §7, §8), for the order, each session it covers and "
                    + "each path. A session holds its places × planned hours, plus the extra hours ordered for it, plus the "
                    + "hours moved in from other sessions of the lot, less those moved out (a cancelled session: none). A path "
                    + "attends up to its cap: its individual planned hours, plus the extra hours for it or its session, plus the "
                    + "hours moved in to its session, within the session's volume. Attendance beyond a path's cap "
                    + "(ATTENDANCE_CAP) or the session's volume (SESSION_VOLUME) is refused, so is an invoice beyond a session's "
                    + "or the order's remaining hours (SESSION_VOLUME, ORDER_EXCEEDED), and a transfer takes only hours a "
                    + "session has not attended (FUNGIBILITY).\n\nRoles: `region-officer`; `training-body` for the lot's "
                    + "mandataire the order is addressed to (§9); 404 for any other.")
    @APIResponse(responseCode = "200", description = "The ledger.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderLedgerResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OrderLedgerResponse ledger(@Parameter(description = "Purchase order id.") @PathParam("id") UUID id) {
        return ledgers.ledger(id);
    }
}

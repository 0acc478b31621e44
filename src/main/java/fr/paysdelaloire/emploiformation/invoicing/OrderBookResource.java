package fr.paysdelaloire.emploiformation.invoicing;

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

@Path("/api/v1/lots/{code}/order-book")
@Tag(name = "Invoicing")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderBookResource {

    @Inject
    OrderBookService orderBooks;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getOrderBook", summary = "A lot's order book",
            description = "The lot's order book (*carnet de commandes*): trainee-hours and amounts ordered, invoiced and "
                    + "validated to date, against the market's minimum (§8), so that the Region sees early which lots will end "
                    + "the year under their minimum (penalties are budgeted, §8).\n\nRoles: `region-officer`, the lot's mandataire.")
    @APIResponse(responseCode = "200", description = "The order book.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderBookResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OrderBookResponse orderBook(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code) {
        return orderBooks.orderBook(code);
    }
}

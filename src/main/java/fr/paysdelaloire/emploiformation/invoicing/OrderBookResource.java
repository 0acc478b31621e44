package fr.paysdelaloire.emploiformation.invoicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.api.Spreadsheet;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path("/api/v1/lots/{code}/order-book")
@Tag(name = "Invoicing")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces({ MediaType.APPLICATION_JSON, Spreadsheet.MEDIA_TYPE })
public class OrderBookResource {

    @Inject
    OrderBookService orderBooks;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getOrderBook", summary = "A lot's order book",
            description = "The lot's order book (*carnet de commandes*): trainee-hours and amounts ordered, invoiced and "
                    + "validated to date, against the market's minimum (§8), so that the Region sees early which lots will end "
                    + "the year under their minimum (penalties are budgeted, §8).\n\nWith `Accept: text/csv`, the same as a "
                    + "spreadsheet: the lot's figures, then one line per purchase order, French column names, "
                    + ApiDocumentation.SPREADSHEET + "\n\nRoles: `region-officer`, the lot's mandataire.")
    @APIResponse(responseCode = "200", description = "The order book.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderBookResponse.class)),
                    @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "csv", value = "Lot;CONSTR-44\r\nMinimum du marché (heures-stagiaire);20000\r\n"
                                    + "Prix de l'heure-stagiaire (€ HT);14,50\r\n…\r\n\r\nBon de commande;Numéro;Heures commandées;"
                                    + "Montant (€ HT);Heures facturées;Heures restantes\r\n8f0e7c1a-55b4-4d0e-9a3c-6c2f0d1e9b77;"
                                    + "BC-2026-000042;3500;50750,00;700;2800\r\n")) })
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response orderBook(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        OrderBookResponse book = orderBooks.orderBook(code);
        return Spreadsheet.either(headers, book, () -> OrderBookSheet.of(book), OrderBookSheet.NAME + "-" + code);
    }
}

package fr.paysdelaloire.emploiformation.reference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

@Path("/api/v1/lots")
@Tag(name = "Reference data")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class LotResource {

    static final String LOT_EXAMPLE = """
            {"code":"CONSTR-44","label":"Construction - Loire-Atlantique","sector":"CONSTRUCTION","departments":["44"],\
            "price_per_trainee_hour":14.50,"minimum_order_hours":20000,"mandataire_siret":"41229838000012",\
            "mandataire_name":"Formations Atlantique","mandataire_nda":"52440123444",\
            "members":[{"siret":"79480434700027","name":"Atelier Bois Formation","nda":"52440987644"}],\
            "subcontractors":[{"siret":"38012986600030","name":"Compétences Bâtiment","nda":"52490456749","approved_by_mandataire":true}],\
            "certifications":[{"kind":"RNCP","code":"RNCP35185","title":"Maçon","mandatory":true}],\
            "updated_at":"2026-01-15T09:30:00Z"}""";

    static final String REQUEST_EXAMPLE = """
            {"label":"Construction - Loire-Atlantique","sector":"CONSTRUCTION","departments":["44"],\
            "price_per_trainee_hour":14.50,"minimum_order_hours":20000,"mandataire_siret":"41229838000012",\
            "mandataire_name":"Formations Atlantique","mandataire_nda":"52440123444",\
            "members":[{"siret":"79480434700027","name":"Atelier Bois Formation","nda":"52440987644"}],\
            "subcontractors":[{"siret":"38012986600030","name":"Compétences Bâtiment","nda":"52490456749","approved_by_mandataire":true}],\
            "certifications":[{"kind":"RNCP","code":"RNCP35185","title":"Maçon","mandatory":true}]}""";

    @Schema(name = "LotList")
    public record LotList(List<LotResponse> items) {
    }

    @Inject
    Answers answers;

    @Inject
    LotService lots;

    @GET
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER, Roles.PUBLISHER })
    @Operation(operationId = "listLots", summary = "List the lots of the VISA Métiers market",
            description = "The lots (*lots du marché VISA Métiers*): a sector × a territory, each held by a groupement "
                    + "(*mandataire* and *co-traitants*, plus approved *sous-traitants*) at one price per trainee-hour "
                    + "(*prix de l'heure-stagiaire*, FAQ §8). Ordered by code.\n\nRoles: any of the five.")
    @APIResponse(responseCode = "200", description = "The lots matching the filters.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotList.class),
                    examples = @ExampleObject(name = "lots", value = "{\"items\":[" + LOT_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public LotList list(
            @Parameter(description = "Only lots of this sector.", example = "CONSTRUCTION") @QueryParam("sector") String sector,
            @Parameter(description = "Only lots covering this département (region-wide lots cover all five).", example = "44")
            @QueryParam("department") String department) {
        return new LotList(lots.list(sector, department));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER, Roles.PUBLISHER })
    @Operation(operationId = "getLot", summary = "Read a lot",
            description = "One lot (*lot*) with its groupement and identified certifications. The `ETag` goes into "
                    + "`If-Match` of a later `PUT`.\n\nRoles: any of the five.")
    @APIResponse(responseCode = "200", description = "The lot.",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version of the lot.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotResponse.class),
                    examples = @ExampleObject(name = "lot", value = LOT_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Lot code.", example = "CONSTR-44") @PathParam("code") String code) {
        return answers.of(lots.get(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "putLot", summary = "Create or replace a lot",
            description = "Records a lot (*lot*) and its groupement as the Region awarded it: sector, départements, price per "
                    + "trainee-hour (FAQ §8), minimum order volume (§8), *mandataire* (receives the purchase orders, §9), "
                    + "*co-traitants*, *sous-traitants* approved by the mandataire (§2, §9), identified certifications, some "
                    + "mandatory (§4). Every code is checked (SIRET with its key, départements, RNCP/RS codes) and every bad "
                    + "field is listed at once; nothing is stored then. Replacing an existing lot requires `If-Match` with the "
                    + "`ETag` you read (428 without it, 412 if the lot changed since); creating one needs none, and "
                    + "`If-None-Match: *` creates only. Recording another mandataire hands the lot over: its session requests "
                    + "and purchase orders pass to the new mandataire (each request's history says so) and, with them, the "
                    + "access to their paths and candidates; the former one keeps only the requests it submitted itself.\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LotBody.class), examples = @ExampleObject(name = "lot", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The lot was replaced.",
            headers = @Header(name = HttpHeaders.ETAG, description = "New version of the lot.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotResponse.class),
                    examples = @ExampleObject(name = "lot", value = LOT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The lot was created.",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Version of the lot.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.LOCATION, description = "URL of the lot.", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LotResponse.class),
                    examples = @ExampleObject(name = "lot", value = LOT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response put(@Parameter(description = "Lot code: 2 to 32 upper-case letters, digits or dashes.", example = "CONSTR-44")
    @PathParam("code") String code,
            @Parameter(description = "ETag of the version you read: required to replace an existing lot (428 without it); the "
                    + "write fails with 412 if the lot changed since.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*` to create only: the write fails with 412 if the lot exists.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            LotBody lot) {
        return answers.of(lots.put(code, lot, ifMatch, ifNoneMatch));
    }
}

package fr.paysdelaloire.emploiformation.reference;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path("/api/v1/sectors")
@Tag(name = "Reference data")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {

    @Schema(name = "SectorEntry", description = "A sector code, its French label, and the ROME codes that fall in it.")
    public record SectorResponse(@Schema(examples = "CONSTRUCTION") String code, @Schema(examples = "Construction") String label,
            @Schema(description = "The ROME code prefixes (a domain letter, a professional domain, a job code) of the jobs "
                    + "that belong to this sector; the longest matching prefix wins. How an employer's open need finds the "
                    + "lots that cover it (FAQ §2). Empty for the niche lots.", examples = "[\"F\"]") List<String> romePrefixes) {
    }

    @Schema(name = "SectorList")
    public record SectorList(List<SectorResponse> items) {
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER, Roles.PUBLISHER })
    @Operation(operationId = "listSectors", summary = "List the sectors (filières)",
            description = "The sectors (*filières*) the Region's markets target (FAQ §2), with the niche lots. A lot belongs to one "
                    + "sector and a session's training must belong to its lot's sector.\n\n"
                    + "Each sector lists the ROME code prefixes of its jobs (`rome_prefixes`): an open need (*besoin ouvert*, "
                    + "a hiring intention with no training body yet) is shown to the bodies of the lots of its job's sector. "
                    + "The ROME tree (grands domaines A–N, domaines professionnels, fiches métiers) is France Travail's; the "
                    + "Region publishes no table from it to its sectors, so this one is the service's reading of both lists: "
                    + "the longest matching prefix wins, and a job no prefix matches (health, performing arts, crafts) "
                    + "belongs to no sector: no lot covers its need.\n\nRoles: any of the five.")
    @APIResponse(responseCode = "200", description = "Every sector code with its French label.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectorList.class),
                    examples = @ExampleObject(name = "sectors", value = """
                            {"items":[{"code":"INTER_INDUSTRIE","label":"Inter-industrie","rome_prefixes":["H","I"]},{"code":"CONSTRUCTION","label":"Construction","rome_prefixes":["F"]}]}""")))
    public SectorList list() {
        return new SectorList(Arrays.stream(Sector.values()).map(s -> new SectorResponse(s.name(), s.label(), RomeSectors.prefixesOf(s))).toList());
    }
}

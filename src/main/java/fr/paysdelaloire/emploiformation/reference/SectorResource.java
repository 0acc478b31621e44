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

    @Schema(name = "SectorEntry", description = "A sector code and its French label.")
    public record SectorResponse(@Schema(examples = "CONSTRUCTION") String code, @Schema(examples = "Construction") String label) {
    }

    @Schema(name = "SectorList")
    public record SectorList(List<SectorResponse> items) {
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER, Roles.PUBLISHER })
    @Operation(operationId = "listSectors", summary = "List the sectors (filières)",
            description = "The sectors (*filières*) the Region's markets target (FAQ §2), with the niche lots. A lot belongs to one "
                    + "sector and a session's training must belong to its lot's sector.\n\nRoles: any of the five.")
    @APIResponse(responseCode = "200", description = "Every sector code with its French label.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectorList.class),
                    examples = @ExampleObject(name = "sectors", value = """
                            {"items":[{"code":"INTER_INDUSTRIE","label":"Inter-industrie"},{"code":"CONSTRUCTION","label":"Construction"}]}""")))
    public SectorList list() {
        return new SectorList(Arrays.stream(Sector.values()).map(s -> new SectorResponse(s.name(), s.label())).toList());
    }
}

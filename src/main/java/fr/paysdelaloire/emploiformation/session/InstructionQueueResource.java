package fr.paysdelaloire.emploiformation.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.api.Spreadsheet;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path("/api/v1/instruction-queue")
@Tag(name = "Session requests")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces({ MediaType.APPLICATION_JSON, Spreadsheet.MEDIA_TYPE })
public class InstructionQueueResource {

    @Inject
    SessionReads requests;

    @GET
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "getInstructionQueue", summary = "The Region's instruction queue",
            description = "Session requests waiting for the Region (*file d'instruction*): SUBMITTED, UNDER_REVIEW and "
                    + "INFORMATION_REQUESTED, in order of arrival (§9) — their first submission, so that a request sent back "
                    + "for information keeps its place — with the days waited; then, under `reviews`, what it has to decide on authorised "
                    + "sessions, oldest first: employers' withdrawals before the start (§6) and trainees asking to join (§5), each "
                    + "with the session's places, the positions still committed and the group-size rule as it stands now (§5).\n\n"
                    + "With `Accept: text/csv`, the same as a spreadsheet: one line per request then per review, French column "
                    + "names, " + ApiDocumentation.SPREADSHEET + "\n\n"
                    + "Roles: `region-officer`.")
    @APIResponse(responseCode = "200", description = "The queue.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstructionQueueResponse.class)),
                    @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "csv", value = "Rang;Nature;Demande de session;Lot;Intitulé;Statut;Places;"
                                    + "Entrée dans la file;Jours d'attente;Analyse;Intention d'embauche;Postes de l'intention;"
                                    + "Postes engagés;Taille du groupe (§5)\r\n1;Demande de session;7c9e6679-7425-40de-944b-e07fc1f90ae7;"
                                    + "CONSTR-44;Maçon - session de mars;SUBMITTED;8;2026-11-27 09:12;3;;;;;\r\n")) })
    public Response queue(@Context HttpHeaders headers) {
        InstructionQueueResponse queue = requests.queue();
        return Spreadsheet.either(headers, queue, () -> InstructionQueueSheet.of(queue), InstructionQueueSheet.NAME);
    }
}

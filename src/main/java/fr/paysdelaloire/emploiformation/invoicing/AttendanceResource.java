package fr.paysdelaloire.emploiformation.invoicing;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path(AttendanceResource.PATH)
@Tag(name = "Invoicing")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    public static final String PATH = "/api/v1/paths/{id}/attendance";

    @Inject
    Answers answers;

    @Inject
    AttendanceService attendance;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getAttendance", summary = "Read a path's attended hours",
            description = "The hours a training path (*parcours*) actually attended, month by month (*heures réalisées*, §7), "
                    + "its cap (individual planned hours plus extra hours ordered), and every change.\n\n"
                    + "Roles: the session's training body, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The attendance.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AttendanceResponse get(@Parameter(description = "Path id.") @PathParam("id") UUID id) {
        return attendance.get(id);
    }

    @PUT
    @Path("/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "recordAttendance", summary = "Record a path's attended hours for a month",
            description = "The training body running the session records the hours actually attended (*heures réalisées*) "
                    + "by a path in a month, or corrects them until the month is invoiced (409 after; a rejected invoice frees "
                    + "them). The total over the months never exceeds the path's individual planned hours plus extra hours "
                    + "ordered (§7: 422 ATTENDANCE_CAP); a part-time path carries its prorated hours (§5). Hours are attended "
                    + "in the months the session runs, at most 10 a day over its days in the month (the legal maximum of a "
                    + "working day): 422 ATTENDANCE_MONTH otherwise.\n\n"
                    + "Roles: `training-body` (the session's).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttendanceBody.class),
            examples = @ExampleObject(name = "hours", value = "{\"hours\":120.5}")))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "200", description = "Corrected.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response record(@Parameter(description = "Path id.") @PathParam("id") UUID id,
            @Parameter(description = "The month, YYYY-MM.", example = "2027-03") @PathParam("month") String month,
            AttendanceBody body) {
        return answers.of(attendance.record(id, month, body));
    }
}

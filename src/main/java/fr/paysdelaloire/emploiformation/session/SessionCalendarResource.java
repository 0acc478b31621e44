package fr.paysdelaloire.emploiformation.session;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

/** A new calendar for an authorised session not yet started (*nouveau calendrier*, §6). */
@Path(SessionCalendarResource.PATH)
@Tag(name = "Session requests")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionCalendarResource {

    public static final String PATH = SessionRequestResource.PATH + "/{id}/calendar";

    @Inject
    Answers answers;

    @Inject
    SessionCalendarService calendars;

    @POST
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "proposeSessionCalendar", summary = "Propose a new calendar",
            description = "When the employers have not validated the candidates in time, the training body and the employer may "
                    + "agree on a new calendar, with the other employers engaged on the same session (*nouveau calendrier*, §6). "
                    + "The body that made the request proposes new dates for its authorised session not yet started, stating "
                    + "that every engaged employer agreed (`employers_agreed`: true, else 400). The session keeps its dates until "
                    + "the Region decides; the proposal shows as `pending_calendar`, and a new proposal replaces a pending one. "
                    + "409 when the session is not AUTHORISED.\n\nRoles: `training-body` (the one that made the request; a "
                    + "co-traitant's mandataire gets 403, §9).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CalendarBody.class),
            examples = @ExampleObject(name = "april", value = """
                    {"start_date":"2027-04-05","end_date":"2027-10-29","employers_agreed":true,\
                    "reason":"Recrutement à compléter : les employeurs ont accepté un démarrage en avril."}""")))
    @APIResponse(responseCode = "200", description = "The request, with its pending calendar and its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response propose(@Parameter(description = "Session request id.") @PathParam("id") UUID id,
            @Parameter(description = TransitionDocumentation.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CalendarBody body) {
        return answers.of(calendars.propose(id, body, ifMatch));
    }

    @POST
    @Path("/accept")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "acceptSessionCalendar", summary = "Accept the new calendar",
            description = "The Region accepts the pending new calendar (*nouveau calendrier*): the session's dates change, the publication feed and the LHEO "
                    + "export carry them, and the history keeps the old and the new dates (§6). 409 when none is pending or the "
                    + "session is no longer AUTHORISED.\n\nRoles: `region-officer`.")
    @APIResponse(responseCode = "200", description = "The request with its new dates and its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response accept(@Parameter(description = "Session request id.") @PathParam("id") UUID id,
            @Parameter(description = TransitionDocumentation.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CalendarDecisionBody body) {
        return answers.of(calendars.decide(id, true, body, ifMatch));
    }

    @POST
    @Path("/refuse")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "refuseSessionCalendar", summary = "Refuse the new calendar",
            description = "The Region refuses the pending new calendar (*nouveau calendrier*), with its reason (required): the session keeps its dates, and "
                    + "the history says so (§6). 409 when none is pending.\n\nRoles: `region-officer`.")
    @APIResponse(responseCode = "200", description = "The request, its dates unchanged, and its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response refuse(@Parameter(description = "Session request id.") @PathParam("id") UUID id,
            @Parameter(description = TransitionDocumentation.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CalendarDecisionBody body) {
        return answers.of(calendars.decide(id, false, body, ifMatch));
    }
}

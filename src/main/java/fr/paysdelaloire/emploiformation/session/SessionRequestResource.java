package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path(SessionRequestResource.PATH)
@Tag(name = "Session requests")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionRequestResource {

    public static final String PATH = "/api/v1/session-requests";

    static final String BODY_EXAMPLE = """
            {"lot_code":"CONSTR-44","title":"Maçon - session Nantes printemps 2027","training_sector":"CONSTRUCTION",\
            "certification":{"kind":"RNCP","code":"RNCP35185"},"formacode":"22454","planned_hours":750,\
            "start_date":"2027-03-01","end_date":"2027-09-30",\
            "locations":[{"commune_insee":"44109","label":"12 rue de la Formation","postcode":"44000","city":"Nantes"}],\
            "modalities":{"afest":false,"part_time":false,"permanent_entry":false,"completes_existing_group":false,"preparatory_phase":true},\
            "hiring_intention_ids":["0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11"],"places":5}""";

    @Inject
    Answers answers;

    @Inject
    SessionDrafting drafting;

    @Inject
    SessionTransitions transitions;

    @Inject
    SessionReads reads;

    @POST
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "createSessionRequest", summary = "Make a session request",
            description = "A training body of the lot's groupement (mandataire, co-traitant, or a sous-traitant; §2, §9) drafts a "
                    + "session request (*demande de session*) answering hiring intentions that name it — the training body the "
                    + "employer committed to (§6) — and are free (eligible or awaiting a derogation, attached to no other "
                    + "request). The mandataire does not pool its members' intentions: each member carries the intentions "
                    + "made to it in its own requests. An intention that does not name the submitter answers 404, exactly "
                    + "as an unknown id, whatever its status. It starts as DRAFT. "
                    + "A region-officer creates `kind` SOCLE sessions (*commande socle*, §10): authorised from the start, with "
                    + "no hiring intention, and their purchase order issued.\n\nRoles: `training-body`; `region-officer` for SOCLE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionRequestBody.class), examples = @ExampleObject(name = "draft", value = BODY_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Drafted (or, for SOCLE, authorised).",
            headers = { @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response create(SessionRequestBody body) {
        return answers.of(drafting.create(body));
    }

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listSessionRequests", summary = "List session requests",
            description = "The session requests (*demandes de session*) the caller may see, oldest first (500 at most): the "
                    + "Region sees all; a training body those it made, and a mandataire those of its groupement (§9).\n\n"
                    + "Roles: `training-body`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The requests.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<SessionRequestResponse> list(
            @Parameter(description = "Only requests in this status.", schema = @Schema(implementation = SessionStatus.class))
            @QueryParam("status") String status) {
        return reads.list(status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getSessionRequest", summary = "Read a session request",
            description = "A session request (*demande de session*) with its status, the transitions it allows, the rules as "
                    + "last evaluated, and its purchase order once authorised. Not visible: 404.\n\n"
                    + "Roles: `training-body` (its own; the mandataire its groupement's), `region-officer`.")
    @APIResponse(responseCode = "200", description = "The request.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Session request id.") @PathParam("id") UUID id) {
        return answers.of(reads.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "updateSessionRequest", summary = "Change a session request",
            description = "The training body that made the request (*demande de session*) changes it while DRAFT or "
                    + "INFORMATION_REQUESTED (409 otherwise); intentions removed from it are free again. Send `If-Match` (required: 428 without it).\n\n"
                    + "Roles: `training-body` (the one that made it).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionRequestBody.class), examples = @ExampleObject(name = "draft", value = BODY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRequestResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@Parameter(description = "Session request id.") @PathParam("id") UUID id,
            @Parameter(description = "Required: the ETag of the version you read (428 without it, 412 when stale).", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SessionRequestBody body) {
        return answers.of(drafting.update(id, body, ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getSessionRequestHistory", summary = "Read the history of a session request",
            description = "Every change of a session request (*demande de session*): from, to, actor, time, reason (an "
                    + "employer's withdrawal shows here too).\n\nRoles: as for reading the request.")
    @APIResponse(responseCode = "200", description = "The changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionHistoryResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SessionHistoryResponse history(@Parameter(description = "Session request id.") @PathParam("id") UUID id) {
        return reads.history(id);
    }

    // --- the transitions: what they answer alike is documented once, by TransitionDocumentation ------------

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "submitSessionRequest", summary = "Submit a session request",
            description = "The training body submits its request (*dépôt de la demande de session*) to the Region; it takes its place in the queue at its first submission (§9). The rules are evaluated: a rule that fails outright (sector §2, who submits §2 §9, places §9, intentions §6) refuses the submission with 422; rules needing a derogation may be decided during instruction. A co-traitant's submission records that the mandataire was informed (§9).\n\nRoles: `training-body` (the one that made the request).")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.SUBMIT, body, ifMatch));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "withdrawSessionRequest", summary = "Withdraw a session request",
            description = "The training body withdraws its request (*retrait*) at any time until the Region decides: DRAFT, SUBMITTED, UNDER_REVIEW or INFORMATION_REQUESTED. Its hiring intentions are free again. A co-traitant deals with the Region directly (§9): its request is its own to withdraw, and the lot's mandataire, which reads it and is informed, gets 403.\n\nRoles: `training-body` (the one that made the request).")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.WITHDRAW, body, ifMatch));
    }

    @POST
    @Path("/{id}/start-review")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "startReviewOfSessionRequest", summary = "Start instructing a session request",
            description = "The Region starts instructing the request (*instruction*), in order of arrival (§9).\n\nRoles: `region-officer`.")
    public Response startReview(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.START_REVIEW, body, ifMatch));
    }

    @POST
    @Path("/{id}/request-information")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "requestInformationOnSessionRequest", summary = "Ask the training body for more information",
            description = "The Region sends the request back for more information (*demande de compléments*, §7); the reason is required. The request keeps its place in the queue; the training body corrects it (PUT) and submits it again.\n\nRoles: `region-officer`.")
    public Response requestInformation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.REQUEST_INFORMATION, body, ifMatch));
    }

    @POST
    @Path("/{id}/authorise")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "authoriseSessionRequest", summary = "Authorise the session's start",
            description = "The Region authorises the start (*autorisation de démarrage*, §7, §9); the reason is required. Every rule must pass (derogations granted included), else 422 with the evaluation. The purchase order (*bon de commande*) is issued to the lot's mandataire whoever submitted (§9): paths = places, hours = planned hours, amount = hours × places × the lot's price per trainee-hour (§8). The hiring intentions become COVERED.\n\nRoles: `region-officer`.")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response authorise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.AUTHORISE, body, ifMatch));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "rejectSessionRequest", summary = "Reject a session request",
            description = "The Region rejects the request (*rejet*); the reason is required. Its hiring intentions are free again.\n\nRoles: `region-officer`.")
    public Response reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.REJECT, body, ifMatch));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "startSession", summary = "Record the session's start",
            description = "The authorised session starts (*démarrage*). From then on an employer's withdrawal does not stop it: it runs to its end (§6).\n\nRoles: `training-body` (the one that made the request: a co-traitant deals with the Region directly, §9, and its mandataire gets 403), `region-officer`.")
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.START, body, ifMatch));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "completeSession", summary = "Record the session's end",
            description = "The session is over (*fin de session*).\n\nRoles: `training-body` (the one that made the request: a co-traitant deals with the Region directly, §9, and its mandataire gets 403), `region-officer`.")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.COMPLETE, body, ifMatch));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "cancelSession", summary = "Cancel an authorised session before it starts",
            description = "The authorised session is cancelled before it starts (*annulation*). Its hiring intentions are released: each goes back to the status its eligibility gives it, free for another request (§6); the Region's open reviews of the session close. The purchase order is cancelled when it covers this session alone; an order that also covers other sessions of the lot stays issued, unchanged.\n\nRoles: `training-body` (the one that made the request: a co-traitant deals with the Region directly, §9, and its mandataire gets 403), `region-officer`.")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransitionBody body) {
        return answers.of(transitions.apply(id, SessionTransition.CANCEL, body, ifMatch));
    }
}

package fr.paysdelaloire.emploiformation.session;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** What the Region decides on a session after its authorisation: withdrawals (*analyse de situation*, §6), joinings (§5). */
@Path(SessionReviewResource.PATH)
@Tag(name = "Session requests")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionReviewResource {

    public static final String PATH = SessionRequestResource.PATH + "/{id}/reviews";

    @Inject
    Answers answers;

    @Inject
    SessionReviewService reviews;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "listSessionReviews", summary = "Read a session's reviews",
            description = "What the Region was asked to decide on the session after its authorisation (*analyse de situation*), "
                    + "oldest first, open or decided: an employer's withdrawal before the start (WITHDRAWAL, §6: « l'organisme se "
                    + "rapproche de la Région pour analyser la situation ») and a trainee joining the group or replacing one who "
                    + "left (JOINING, §5, §6), extra hours to complete the paths (EXTRA_HOURS, §6, §7). Open reviews are also in the "
                    + "Region's instruction queue.\n\nRoles: `region-officer`; "
                    + "`training-body` for a session it runs (its submitter, the lot's mandataire); 404 for any other.")
    @APIResponse(responseCode = "200", description = "The reviews.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionReviewsResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SessionReviewsResponse list(@Parameter(description = "Session request id.") @PathParam("id") UUID id) {
        return reviews.list(id);
    }

    @POST
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "requestSessionReview", summary = "Ask the Region: a trainee joining, or extra hours",
            description = "The body that made the request asks the Region about its AUTHORISED or STARTED session (*intégration "
                    + "en cours de session*, *heures complémentaires*); the Region decides (`POST …/reviews/{review_id}/decision`).\n\n"
                    + "JOINING: a trainee who brings a new hiring intention may join a formed group « si la progression pédagogique "
                    + "le permet » (§5), and an employer may replace one who withdrew (§6). Name an eligible intention naming this "
                    + "body, used by no other request (`hiring_intention_id`). It is held for this joining until the Region "
                    + "decides: accepted, it joins the session — on a free place kept after a withdrawal, or on a new place "
                    + "added to the purchase order (or taken from another session of the lot, §7); refused, it is free again. "
                    + "404 for an intention of another body or unknown; 409 when it is not free and eligible.\n\n"
                    + "EXTRA_HOURS: once a session runs it goes to its end even when an employer withdraws, and « le parcours "
                    + "pourra être complété » (§6, §7): `extra_hours` for each of the session's places, or for the named "
                    + "`path_ids`. Accepted, the purchase order is amended (EXTRA_HOURS).\n\n409 when the session is not "
                    + "AUTHORISED or STARTED.\n\nRoles: `training-body` (the one that made the request; a co-traitant's "
                    + "mandataire gets 403, §9).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewRequestBody.class),
            examples = {
                    @ExampleObject(name = "replacement", value = """
                            {"kind":"JOINING","hiring_intention_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6",\
                            "reason":"Remplacement de l'employeur désisté ; le stagiaire rejoint le groupe en semaine 2, la progression le permet."}"""),
                    @ExampleObject(name = "extra-hours", value = """
                            {"kind":"EXTRA_HOURS","extra_hours":70,\
                            "reason":"L'employeur s'est désisté : 70 heures de plus pour viser la certification complète."}""") }))
    @APIResponse(responseCode = "201", description = "The review, OPEN; `Location` names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response ask(@Parameter(description = "Session request id.") @PathParam("id") UUID id, ReviewRequestBody body) {
        return answers.of(reviews.ask(id, body));
    }

    @POST
    @Path("/{review_id}/decision")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "decideSessionReview", summary = "Decide a review",
            description = "The Region's motivated decision (*décision de la Région*) on an open review, in the session's history "
                    + "with its reason.\n\nA withdrawal (§6): KEEP_PLACES — the places stay while the body finds another employer, "
                    + "who joins through a joining; REDUCE_PLACES — `places` left (default: the positions the remaining intentions "
                    + "commit; at least 1 and at least the paths already filled, else 400), the purchase order loses the paths and "
                    + "their trainee-hours (amendment REDUCTION: amount and order book follow); CANCEL_SESSION — the session is "
                    + "CANCELLED, its intentions free, an order covering only it cancelled. Reducing or cancelling is for a session "
                    + "not started (409 once STARTED: it runs to its end, §6; the body may then ask for extra hours, §7).\n\n"
                    + "A joining (§5): ACCEPTED — the intention joins; free places fill first, any more are added to the order "
                    + "(amendment JOINING) or, with `hours_from_session_request_id`, moved from that session of the same lot "
                    + "(fungibility, §7; another lot: 422); REFUSED — the intention is free again.\n\nExtra hours (§6, §7): ACCEPTED — "
                    + "the order is amended (EXTRA_HOURS); REFUSED — it stays as it is.\n\nWhile a session has no "
                    + "intention left and a withdrawal is undecided, it is not published (§10). Partners are told "
                    + "(SESSION_REVIEW_DECIDED). 409 for a decided review or a decision of the other kind.\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewDecisionBody.class),
            examples = {
                    @ExampleObject(name = "reduce", value = """
                            {"decision":"REDUCE_PLACES","places":4,\
                            "reason":"L'employeur s'est désisté ; aucun remplaçant avant le démarrage : la commande est réduite à quatre parcours."}"""),
                    @ExampleObject(name = "keep", value = """
                            {"decision":"KEEP_PLACES","reason":"L'organisme a un employeur en vue pour remplacer celui qui s'est désisté."}"""),
                    @ExampleObject(name = "accept", value = """
                            {"decision":"ACCEPTED","reason":"La progression pédagogique permet l'intégration en semaine 2."}""") }))
    @APIResponse(responseCode = "200", description = "The review, decided.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionReviewResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response decide(@Parameter(description = "Session request id.") @PathParam("id") UUID id,
            @Parameter(description = "Review id.") @PathParam("review_id") UUID reviewId, ReviewDecisionBody body) {
        return answers.of(reviews.decide(id, reviewId, body));
    }
}

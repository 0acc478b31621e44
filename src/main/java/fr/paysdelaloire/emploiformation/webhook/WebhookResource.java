package fr.paysdelaloire.emploiformation.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Path(WebhookResource.PATH)
@Tag(name = "Webhooks")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER })
public class WebhookResource {

    public static final String PATH = "/api/v1/webhooks";

    static final String ROLES = "\n\nRoles: `employer-platform`, `training-body`, `validator`, `region-officer` — each for its own "
            + "organisation's subscriptions.";

    static final String SUBSCRIPTION = """
            {"id":"8f0e7c1a-55b4-4d0e-9a3c-6c2f0d1e9b77","url":"https://api.nosemplois.fr/webhooks/emploi-formation",\
            "event_types":["INTENTION_ELIGIBILITY_DECIDED","INTENTION_COVERED","INTENTION_FULFILLED","INTENTION_WITHDRAWN"],\
            "description":"Production","created_at":"2026-11-26T10:00:00Z","pending":0,"failed":0}""";

    static final String EVENT = """
            {"id":"3b8f1f9e-2c1d-4d43-8a55-0f7b6e2c9d10","type":"INTENTION_COVERED","occurred_at":"2026-11-27T09:00:00Z",\
            "subject":{"type":"HIRING_INTENTION","id":"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11",\
            "href":"/api/v1/hiring-intentions/0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11"},"data":{"from":"ATTACHED","to":"COVERED"}}""";

    static final String DELIVERY = """
            {"id":"c1d2e3f4-0a1b-4c2d-8e3f-9a8b7c6d5e4f","status":"DELIVERED","attempts":2,"last_status_code":200,\
            "delivered_at":"2026-11-27T09:00:31Z","created_at":"2026-11-27T09:00:00Z","event":""" + EVENT + """
            ,"attempt_log":[{"at":"2026-11-27T09:00:00Z","status_code":500,"error":"the receiver answered 500","duration_ms":41},\
            {"at":"2026-11-27T09:00:31Z","status_code":200,"duration_ms":38}]}""";

    @Inject
    Answers answers;

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe to events (webhook)",
            description = "Registers a receiver URL (*abonnement à des notifications*) for the event types listed. Each event "
                    + "is POSTed to it as JSON once the change is committed, signed with HMAC-SHA256 (headers `webhook-id`, "
                    + "`webhook-timestamp`, `webhook-signature`, after the Standard Webhooks specification; how to verify: "
                    + "docs/webhooks.md). Delivery is at least once, in order for each object, retried with backoff until the "
                    + "receiver answers 2xx. You only receive events about objects you may read: a platform or a validator the "
                    + "intentions it sent, a training body what names it or its groupement and the open needs its lots cover, a validator the paths of its candidates, the "
                    + "Region everything. Events carry ids and statuses, never personal data.\n\nEvent types: "
                    + "INTENTION_ELIGIBILITY_DECIDED, INTENTION_COVERED, INTENTION_FULFILLED (hires fill every position, §6), "
                    + "INTENTION_HIRE_RECORDED (a hire that leaves positions open: hires / positions), INTENTION_WITHDRAWN, "
                    + "INTENTION_DEROGATION_LAPSED, NEED_RAISED (an open need the bodies of the lots covering it may answer, "
                    + "and its sender), NEED_PROPOSAL_MADE (its sender: a body proposed), NEED_TAKEN_UP (each proposer: `chosen` "
                    + "or not, never who was; the sender: the chosen body), SESSION_REQUEST_SUBMITTED, SESSION_REQUEST_INFORMATION_REQUESTED, "
                    + "SESSION_REQUEST_AUTHORISED, SESSION_REQUEST_REJECTED, SESSION_REQUEST_CALENDAR_DECIDED (a new calendar accepted "
                    + "or refused, §6), SESSION_REVIEW_OPENED (an employer's withdrawal the Region analyses, §6, or a trainee asking to join, §5), "
                    + "SESSION_REVIEW_DECIDED (the Region's decision: kind, decision, places before and after), SESSION_REQUEST_DEROGATION_LAPSED (a derogation's "
                    + "facts changed: it counts no more), COTRAITANT_SUBMITTED (the lot's mandataire: a co-traitant submitted, §9), "
                    + "CANDIDATE_REFERRED (the training body a validator referred a candidate to), "
                    + "CANDIDATE_SITUATION_CORRECTED (the validators following the candidate and the bodies of its paths under way: "
                    + "statuses only), PATH_INTEGRATED, "
                    + "PATH_OUTCOME_RECORDED.\n\nThe answer carries the signing `secret`, shown this once. "
                    + "One subscription per URL (409 names the existing one); https on a public host only. Change the secret with "
                    + "`POST /api/v1/webhooks/{id}/secret`." + ROLES)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookBody.class),
            examples = @ExampleObject(name = "platform", value = """
                    {"url":"https://api.nosemplois.fr/webhooks/emploi-formation",\
                    "event_types":["INTENTION_ELIGIBILITY_DECIDED","INTENTION_COVERED","INTENTION_FULFILLED","INTENTION_WITHDRAWN"],\
                    "description":"Production"}""")))
    @APIResponse(responseCode = "201", description = "Subscribed; `Location` names the subscription. Keep the `secret`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class),
                    examples = @ExampleObject(name = "subscribed", value = """
                            {"id":"8f0e7c1a-55b4-4d0e-9a3c-6c2f0d1e9b77","url":"https://api.nosemplois.fr/webhooks/emploi-formation",\
                            "event_types":["INTENTION_ELIGIBILITY_DECIDED","INTENTION_COVERED","INTENTION_FULFILLED","INTENTION_WITHDRAWN"],\
                            "description":"Production","created_at":"2026-11-26T10:00:00Z","pending":0,"failed":0,\
                            "secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2m8xTr7eGjw="}""")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response subscribe(WebhookBody request) {
        return answers.of(webhooks.subscribe(request));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List your subscriptions",
            description = "Your organisation's webhook subscriptions (*abonnements*), with the deliveries pending and failed. "
                    + "The secret is never shown again." + ROLES)
    @APIResponse(responseCode = "200", description = "Your subscriptions, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookResponse.class),
                    examples = @ExampleObject(name = "one", value = "[" + SUBSCRIPTION + "]")))
    public List<WebhookResponse> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a subscription",
            description = "One of your webhook subscriptions (*abonnement*)." + ROLES)
    @APIResponse(responseCode = "200", description = "The subscription.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class),
                    examples = @ExampleObject(name = "subscription", value = SUBSCRIPTION)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookResponse get(@Parameter(description = "Subscription id.") @PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "A new signing secret (*renouvellement du secret*), shown in this answer only. For 24 hours "
                    + "deliveries carry two signatures in `webhook-signature` — with the new secret, then with the previous "
                    + "one — so that your receiver accepts them whichever key it holds; switch it to the new secret within "
                    + "that time. Rotate again and the previous secret is the one just replaced." + ROLES)
    @APIResponse(responseCode = "200", description = "Rotated; keep the new `secret`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class),
                    examples = @ExampleObject(name = "rotated", value = """
                            {"id":"8f0e7c1a-55b4-4d0e-9a3c-6c2f0d1e9b77","url":"https://api.nosemplois.fr/webhooks/emploi-formation",\
                            "event_types":["INTENTION_ELIGIBILITY_DECIDED","INTENTION_COVERED","INTENTION_FULFILLED","INTENTION_WITHDRAWN"],\
                            "description":"Production","created_at":"2026-11-26T10:00:00Z","pending":0,"failed":0,\
                            "secret":"whsec_3q2+7wQ0yQk1Hq5w2v9Jm8r1tYc4Xz6Lk0Pq9Rs7Uv4=",\
                            "previous_secret_valid_until":"2026-12-02T10:00:00Z"}""")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookResponse rotate(@Parameter(description = "Subscription id.") @PathParam("id") UUID id) {
        return webhooks.rotate(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription",
            description = "Ends the subscription (*désabonnement*): nothing more is sent to it, and its pending deliveries are "
                    + "CANCELLED. Its delivery log is no longer readable." + ROLES)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@Parameter(description = "Subscription id.") @PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read the delivery log",
            description = "What was sent to the subscription (*journal des envois*), newest first: each event as sent, its "
                    + "status, attempts, the receiver's last answer and when the next attempt is due." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of the log.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "page", value = """
                            {"items":[{"id":"c1d2e3f4-0a1b-4c2d-8e3f-9a8b7c6d5e4f","status":"PENDING","attempts":1,\
                            "last_status_code":500,"last_error":"the receiver answered 500","next_attempt_at":"2026-11-27T09:00:30Z",\
                            "created_at":"2026-11-27T09:00:00Z","event":""" + EVENT + "}],\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeliveryPage deliveries(@Parameter(description = "Subscription id.") @PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this status.",
                    schema = @Schema(enumeration = { "PENDING", "DELIVERED", "FAILED", "CANCELLED" })) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") Integer size) {
        return webhooks.deliveries(id, status, page, size);
    }

    @GET
    @Path("/{id}/deliveries/{delivery_id}")
    @Operation(operationId = "getWebhookDelivery", summary = "Read a delivery and its attempts",
            description = "One delivery (*envoi*) with every attempt: when, the receiver's status or the error, how long it took."
                    + ROLES)
    @APIResponse(responseCode = "200", description = "The delivery.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class),
                    examples = @ExampleObject(name = "delivered", value = DELIVERY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeliveryResponse delivery(@Parameter(description = "Subscription id.") @PathParam("id") UUID id,
            @Parameter(description = "Delivery id.") @PathParam("delivery_id") UUID deliveryId) {
        return webhooks.delivery(id, deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{delivery_id}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "Sends the event again (*renvoi*) — e.g. one FAILED while your receiver was down — with the same "
                    + "`webhook-id` and body, signed anew, retried as a new delivery would be. Events of the same object that "
                    + "came after it wait until it is delivered (order per object)." + ROLES)
    @APIResponse(responseCode = "202", description = "Due now; read it again for the outcome.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replay(@Parameter(description = "Subscription id.") @PathParam("id") UUID id,
            @Parameter(description = "Delivery id.") @PathParam("delivery_id") UUID deliveryId) {
        return Response.accepted(webhooks.replay(id, deliveryId)).type(MediaType.APPLICATION_JSON).build();
    }
}

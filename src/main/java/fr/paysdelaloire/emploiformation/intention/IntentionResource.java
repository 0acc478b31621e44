package fr.paysdelaloire.emploiformation.intention;

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
import fr.paysdelaloire.emploiformation.api.Idempotency;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path(IntentionResource.PATH)
@Tag(name = "Hiring intentions")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class IntentionResource {

    public static final String PATH = "/api/v1/hiring-intentions";

    @Inject
    Answers answers;

    @Inject
    IntentionIntake intake;

    @Inject
    IntentionChanges changes;

    @Inject
    IntentionReads reads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR })
    @Operation(operationId = "createHiringIntention", summary = "Record a hiring intention",
            description = "Records an employer's written hiring intention (*intention d'embauche*, FAQ §6) whatever its "
                    + "eligibility, and returns the eligibility evaluated at once. " + IntentionExamples.RULES + "\n\n"
                    + "The same `external_id` from the same sender never makes a second record: a replay with the same content "
                    + "answers 200 with the recorded intention; other content under that `external_id` answers 409 with "
                    + "`related` pointing at it. An employer already committed to another training body for the same training "
                    + "is recorded CONTESTED for the Region to arbitrate (§6, see the rules above). With an `Idempotency-Key`, the same "
                    + "key and body replay the first answer byte for byte; the same key with another body answers 422.\n\n"
                    + "A training body records the intentions made to it (`training_body_siret` is its own SIRET); a validator "
                    + "may raise a need from the BMO survey only with the named employer who commits (§1).\n\n"
                    + "Without `training_body_siret` (a platform or a validator only), the intention is an open need (*besoin "
                    + "ouvert*): the employer has not chosen a body yet (§6: it may consult several). It is evaluated by the same "
                    + "rules — its ONE_TRAINING_BODY rule passes as open, and WRITTEN_PROOF passes without proof (the writing "
                    + "to the chosen body comes with the choice) — and shown to the bodies of the lots covering its job's sector "
                    + "and place of work (`GET /open-needs`, event `NEED_RAISED`), who propose; the sender then records the "
                    + "employer's choice (`POST /open-needs/{id}/take-up`).\n\n"
                    + "Roles: `employer-platform`, `training-body`, `validator`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntentionBody.class),
            examples = @ExampleObject(name = "cdd-6-months-nantes", value = IntentionExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; the body carries its eligibility.",
            headers = { @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class),
                    examples = @ExampleObject(name = "eligible", value = IntentionExamples.ELIGIBLE)))
    @APIResponse(responseCode = "200", description = "A replay: this sender already sent this content under this external_id.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "Optional key making the POST safe to retry: same key and body, same answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            IntentionBody intention) {
        return answers.of(intake.create(intention, idempotencyKey));
    }

    @POST
    @Path("/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR })
    @Operation(operationId = "validateHiringIntention", summary = "Evaluate a hiring intention without recording it",
            description = "Dry run: the eligibility a POST of this hiring intention (*intention d'embauche*) would give, "
                    + "nothing stored. " + IntentionExamples.RULES + " Here an employer already committed elsewhere shows as ONE_TRAINING_BODY "
                    + "FAIL rather than 409.\n\nRoles: `employer-platform`, `training-body`, `validator`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntentionBody.class),
            examples = @ExampleObject(name = "cdd-6-months-nantes", value = IntentionExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The evaluation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Evaluation.class),
                    examples = { @ExampleObject(name = "needs-derogation", summary = "A 4-month CDD with an employer in Rennes",
                            value = IntentionExamples.NEEDS_DEROGATION),
                            @ExampleObject(name = "ineligible", summary = "A CIE without written proof",
                                    value = IntentionExamples.INELIGIBLE) }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Evaluation validate(IntentionBody intention) {
        return intake.dryRun(intention);
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "listHiringIntentions", summary = "List hiring intentions",
            description = "The hiring intentions (*intentions d'embauche*) the caller may see, oldest first (creation time, "
                    + "then id), with the total and a link to the next page. Page with `cursor`: the first call without it, "
                    + "then `cursor` = the answer's `next_cursor` until it is absent; `page` still works but is deprecated. A platform or a validator sees what it sent "
                    + "(open needs included), a training body what it sent or what names it (open needs: `GET /open-needs`), the "
                    + "Region everything.\n\n"
                    + "Roles: `employer-platform`, `training-body`, `validator`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "One page.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[" + IntentionExamples.ELIGIBLE
                            + "],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public IntentionPage list(
            @Parameter(description = "Only intentions in this status.", schema = @Schema(implementation = IntentionStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only this employer's intentions. Prefer `POST /hiring-intentions/search`, which takes it in "
                    + "the body: a SIRET in a URL ends up in access logs (a sole trader's is personal data).", example = "41229838000012")
            @QueryParam("employer_siret") String employerSiret,
            @Parameter(description = "Only intentions changed at or after this instant (ISO-8601 with offset).",
                    example = "2026-11-01T00:00:00Z")
            @QueryParam("updated_since") String updatedSince,
            @Parameter(description = "The `next_cursor` of a previous page: the page after it (same filters and `size`). "
                    + "Not with `page`.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page number, from 0. Deprecated: a deep page costs its "
                    + "offset (page 10 000 reads 200 000 index entries) and an intention recorded meanwhile shifts the pages; "
                    + "use `cursor`. Kept for the partners who use it.", example = "0", deprecated = true)
            @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20).", example = "20") @QueryParam("size") Integer size) {
        return reads.list(status, employerSiret, updatedSince, cursor, page, size);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "searchHiringIntentions", summary = "Search hiring intentions (filters in the body)",
            description = "The same list as `GET /hiring-intentions` (*intentions d'embauche*, same scope, order, paging and "
                    + "answers), its filters in the body so that an employer's SIRET never travels in a URL: preferred whenever "
                    + "`employer_siret` is given. The answer carries `next_page` instead of a `next` URL.\n\n"
                    + "Roles: `employer-platform`, `training-body`, `validator`, `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntentionSearchBody.class),
            examples = @ExampleObject(name = "by-employer", value = "{\"employer_siret\":\"41229838000012\",\"status\":\"ELIGIBLE\",\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "200", description = "One page.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionPage.class)))
    public IntentionPage search(IntentionSearchBody search) {
        return reads.search(search);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "getHiringIntention", summary = "Read a hiring intention",
            description = "One hiring intention (*intention d'embauche*) with its status and last eligibility. An intention "
                    + "the caller may not see answers 404, like one that does not exist.\n\n"
                    + "Roles: `employer-platform` and `validator` (what it sent), `training-body` (what it sent or what names "
                    + "it), `region-officer`.")
    @APIResponse(responseCode = "200", description = "The intention.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class),
                    examples = @ExampleObject(name = "eligible", value = IntentionExamples.ELIGIBLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Intention id.") @PathParam("id") UUID id) {
        return answers.of(reads.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR })
    @Operation(operationId = "updateHiringIntention", summary = "Correct a hiring intention",
            description = "The sender corrects its hiring intention (*intention d'embauche*) while no session request uses "
                    + "it (status ELIGIBLE, AWAITING_DEROGATION or INELIGIBLE; otherwise 409). The whole intention is sent "
                    + "again, with the same `external_id`; its eligibility is evaluated again. Send `If-Match` with the "
                    + "`ETag` you read (required: 428 without it).\n\nRoles: the sender (`employer-platform`, `training-body`, `validator`).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntentionBody.class),
            examples = @ExampleObject(name = "cdd-6-months-nantes", value = IntentionExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "Corrected.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class),
                    examples = @ExampleObject(name = "eligible", value = IntentionExamples.ELIGIBLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@Parameter(description = "Intention id.") @PathParam("id") UUID id,
            @Parameter(description = "Required: the ETag of the version you read (428 without it, 412 when stale).", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            IntentionBody intention) {
        return answers.of(changes.update(id, intention, ifMatch));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "withdrawHiringIntention", summary = "Record the employer's withdrawal",
            description = "The employer pulls out (*désistement*, FAQ §6); the reason is required. The intention is WITHDRAWN "
                    + "for good; a Region arbitration it had won lapses, and the employer's other intentions for the same "
                    + "training are evaluated again (§6). On a session request not yet authorised (DRAFT to "
                    + "INFORMATION_REQUESTED), its places fall to what its remaining intentions commit (they never rise), its "
                    + "rules once evaluated are evaluated again and a derogation granted on the former places lapses (§9). On "
                    + "an authorised session not started, nothing changes until the Region decides the review this opens in "
                    + "its queue (§6): keep the places (a trainee joining may fill them, §5), reduce them and the purchase "
                    + "order, or cancel the session. Once started, the session runs to its end, its paths unchanged; the body "
                    + "may ask for extra hours (§6, §7). Honours `Idempotency-Key`; requires `If-Match` (428 without it).\n\n"
                    + "Roles: the sender, the training body it names, `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawalBody.class),
            examples = @ExampleObject(name = "withdrawal", value = "{\"reason\":\"L'employeur a pourvu le poste par un autre moyen.\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response withdraw(@Parameter(description = "Intention id.") @PathParam("id") UUID id,
            @Parameter(description = "Required: the ETag of the version you read (428 without it, 412 when stale).", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Optional key making the POST safe to retry.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            WithdrawalBody withdrawal) {
        return answers.of(changes.withdraw(id, withdrawal, ifMatch, idempotencyKey));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "getHiringIntentionHistory", summary = "Read the history of a hiring intention",
            description = "Every status change of a hiring intention (*intention d'embauche*): from, to, actor, time and "
                    + "reason, oldest first.\n\nRoles: as for reading the intention.")
    @APIResponse(responseCode = "200", description = "The changes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionHistoryResponse.class),
                    examples = @ExampleObject(name = "history", value = IntentionExamples.HISTORY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public IntentionHistoryResponse history(@Parameter(description = "Intention id.") @PathParam("id") UUID id) {
        return reads.history(id);
    }
}

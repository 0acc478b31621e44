package fr.paysdelaloire.emploiformation.intention;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.security.Roles;

/**
 * Open needs (besoins ouverts, issue #21): employers' hiring intentions with no training body yet, where a need meets
 * the bodies that could train for it (FAQ §1, §2, §6, §10).
 */
@Path(OpenNeedResource.PATH)
@Tag(name = "Open needs")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OpenNeedResource {

    public static final String PATH = "/api/v1/open-needs";

    static final String WHO_SEES = "Who sees a need: the Region; its sender; the training bodies working for a lot (mandataire, "
            + "co-traitant, sous-traitant approved by the mandataire) whose sector is the job's — by its ROME code, see "
            + "`GET /sectors` (`rome_prefixes`) — and whose territory holds the place of work (a region-wide lot covers the five "
            + "départements), while the need is ELIGIBLE or AWAITING_DEROGATION, or once taken up (then without the chosen "
            + "body); and a body that proposed for it. A body sees the employer's name and place of work, the job, contract "
            + "and target, the eligibility — never the employer's SIRET, the sender's references nor the written proof.";

    static final String NEED = """
            {"id":"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11","open":true,"status":"ELIGIBLE","raised_by":"employer-platform",\
            "employer":{"name":"Bâtiments de l'Erdre","department":"49","commune_insee":"49007"},\
            "job":{"title":"Maçon / Maçonne","rome_code":"F1703"},"sector":"CONSTRUCTION","positions":2,\
            "contract":{"type":"CDI","weekly_hours":35.0},"target":{"certification_code":"RNCP35185"},\
            "employer_involvement":["IMMERSION"],"eligibility":{"outcome":"ELIGIBLE","rules":[{"rule":"ONE_TRAINING_BODY",\
            "outcome":"PASS","message":"Besoin ouvert : aucun organisme n'est encore choisi. L'employeur peut consulter plusieurs \
            organismes, mais ne s'engagera qu'auprès d'un seul pour cette formation : la règle s'applique quand son choix est \
            enregistré.","faq_ref":"§6"}]},"proposals":1,"raised_at":"2026-11-30T09:00:00Z"}""";

    static final String PROPOSAL = """
            {"id":"7d1f0c52-3a0e-4b8e-9a57-1f0b9e0f2a31","need_id":"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11",\
            "training_body_siret":"73866205898790","training_body_name":"Formations Atlantique","lot_code":"CONST-49",\
            "summary":"Titre professionnel Maçon, 750 h dont 2 immersions dans l'entreprise, démarrage en mars à Angers",\
            "certification_code":"RNCP35185","planned_start_date":"2027-03-01","status":"PROPOSED","created_at":"2026-11-30T10:00:00Z"}""";

    @Inject
    Answers answers;

    @Inject
    OpenNeedReads reads;

    @Inject
    NeedProposalService proposals;

    @GET
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.EMPLOYER_PLATFORM, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "listOpenNeeds", summary = "List the open needs the caller sees",
            description = "Employers' needs with no training body yet (*besoins ouverts*): hiring intentions (*intentions "
                    + "d'embauche*) a platform pushed or a validator raised from the BMO survey, vouching for the employer (FAQ "
                    + "§1), before the employer chose a body (§6: it may consult several, and commits to one). Still open only "
                    + "(not taken up, withdrawn nor fulfilled), oldest first, filtered by sector, département, certification and "
                    + "age, with the count. " + WHO_SEES + " A training body lists the needs its lots cover; the sender its own; "
                    + "the Region all (ineligible ones included).\n\n"
                    + "Roles: `training-body`, `employer-platform`, `validator`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "One page.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenNeedPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[" + NEED + "],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public OpenNeedPage list(
            @Parameter(description = "Only needs of this sector (the job's, by its ROME code).",
                    schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(description = "Only needs whose place of work is in this département.", example = "49")
            @QueryParam("department") String department,
            @Parameter(description = "Only needs targeting this certification (RNCP, RNCP block or RS code).", example = "RNCP35185")
            @QueryParam("certification_code") String certificationCode,
            @Parameter(description = "Only needs raised at least this many days ago (0 to 3660).", example = "15")
            @QueryParam("min_age_days") Integer minAgeDays,
            @Parameter(description = "Only needs raised at most this many days ago (0 to 3660).", example = "30")
            @QueryParam("max_age_days") Integer maxAgeDays,
            @Parameter(description = "Page number, from 0.", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20).", example = "20") @QueryParam("size") Integer size) {
        return reads.list(sector, department, certificationCode, minAgeDays, maxAgeDays, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.EMPLOYER_PLATFORM, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "getOpenNeed", summary = "Read an open need",
            description = "One employer's need (*besoin ouvert*), open or taken up (`open` false: read it then as the chosen "
                    + "body's hiring intention at `/hiring-intentions/{id}`, the same id). " + WHO_SEES + " A need the caller "
                    + "may not see, or an intention sent with its body from the start, answers 404.\n\n"
                    + "Roles: `training-body`, `employer-platform`, `validator`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The need.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenNeedResponse.class),
                    examples = @ExampleObject(name = "open", value = NEED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Need id (its hiring intention's id).") @PathParam("id") UUID id) {
        return answers.of(reads.get(id));
    }

    @POST
    @Path("/{id}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "proposeForOpenNeed", summary = "Propose to train for an open need",
            description = "A training body that sees the need declares its proposal (*proposition*) for the employer (FAQ §6: "
                    + "the employer may consult several bodies, but commits to one): through a lot it works for that covers the "
                    + "need (422 otherwise, §2), what it offers, the certification and planned start if known. The sender is told "
                    + "(`NEED_PROPOSAL_MADE`). One live proposal per body and need: the same proposal again answers 200 with it, "
                    + "another 409 pointing at it. A need already taken up, or no longer eligible, answers 409.\n\n"
                    + "Roles: `training-body` (a body that sees the need).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProposalBody.class),
            examples = @ExampleObject(name = "proposal", value = """
                    {"lot_code":"CONST-49","summary":"Titre professionnel Maçon, 750 h dont 2 immersions dans l'entreprise, \
                    démarrage en mars à Angers","certification_code":"RNCP35185","planned_start_date":"2027-03-01"}""")))
    @APIResponse(responseCode = "201", description = "Proposed.",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponse.class),
                    examples = @ExampleObject(name = "proposed", value = PROPOSAL)))
    @APIResponse(responseCode = "200", description = "The same proposal, made already.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response propose(@Parameter(description = "Need id.") @PathParam("id") UUID id, ProposalBody proposal) {
        return answers.of(proposals.propose(id, proposal));
    }

    @GET
    @Path("/{id}/proposals")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.EMPLOYER_PLATFORM, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "listOpenNeedProposals", summary = "List the proposals for an open need",
            description = "The training bodies' proposals (*propositions*) for a need, oldest first, with their status "
                    + "(PROPOSED, then CHOSEN or NOT_CHOSEN once the employer's choice is recorded): every one for the Region and "
                    + "the sender, who shows them to the employer; its own for a training body.\n\n"
                    + "Roles: `training-body`, `employer-platform`, `validator`, `region-officer` (who see the need).")
    @APIResponse(responseCode = "200", description = "The proposals.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalList.class),
                    examples = @ExampleObject(name = "one", value = "{\"items\":[" + PROPOSAL + "]}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProposalList proposals(@Parameter(description = "Need id.") @PathParam("id") UUID id) {
        return reads.proposals(id);
    }

    @GET
    @Path("/{id}/proposals/{proposal_id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.EMPLOYER_PLATFORM, Roles.VALIDATOR, Roles.REGION_OFFICER })
    @Operation(operationId = "getOpenNeedProposal", summary = "Read a proposal for an open need",
            description = "One proposal (*proposition*): for the Region and the need's sender, or the body that made it; 404 "
                    + "otherwise.\n\nRoles: `training-body`, `employer-platform`, `validator`, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The proposal.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponse.class),
                    examples = @ExampleObject(name = "proposed", value = PROPOSAL)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProposalResponse proposal(@Parameter(description = "Need id.") @PathParam("id") UUID id,
            @Parameter(description = "Proposal id.") @PathParam("proposal_id") UUID proposalId) {
        return reads.proposal(id, proposalId);
    }

    @POST
    @Path("/{id}/take-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.VALIDATOR })
    @Operation(operationId = "takeUpOpenNeed", summary = "Record the employer's choice of a training body",
            description = "The need's sender records the employer's choice among the proposals (*prise en charge du besoin*): "
                    + "the platform, with the employer's written commitment to the chosen body attached as `proof` (§6), or the "
                    + "validator that raised it (§1). The need becomes an ordinary hiring intention (*intention d'embauche*) of "
                    + "that body, evaluated again — the one-training-body rule holds from now on, the employer's commitment dating "
                    + "from this choice, not from when the need was raised (§6: an employer already committed to another body "
                    + "for the same training is CONTESTED for the Region to arbitrate) — and is no longer open. Every proposer is told whether it was chosen (`NEED_TAKEN_UP`, `chosen`), never who was. "
                    + "The same choice again answers 200; another choice once one is recorded answers 409 (two choices racing: "
                    + "the first recorded wins). `If-Match` is optional (412 when stale).\n\n"
                    + "Roles: the need's sender (`employer-platform`, `validator`); 403 for another platform or validator that "
                    + "sees it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TakeUpBody.class),
            examples = @ExampleObject(name = "choice", value = """
                    {"proposal_id":"7d1f0c52-3a0e-4b8e-9a57-1f0b9e0f2a31",\
                    "proof":{"channel":"EMAIL","received_on":"2026-11-30","reference":"courriel de l'employeur à l'organisme"}}""")))
    @APIResponse(responseCode = "200", description = "Taken up: the hiring intention of the chosen body.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntentionResponse.class),
                    examples = @ExampleObject(name = "taken-up", value = IntentionExamples.ELIGIBLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response takeUp(@Parameter(description = "Need id.") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag of the version you read (412 when stale).") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TakeUpBody choice) {
        return answers.of(proposals.takeUp(id, choice, ifMatch));
    }
}

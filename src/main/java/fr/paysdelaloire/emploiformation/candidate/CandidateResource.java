package fr.paysdelaloire.emploiformation.candidate;

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

@Path(CandidateResource.PATH)
@Tag(name = "Candidates and paths")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    public static final String PATH = "/api/v1/candidates";

    static final String REQUEST = """
            {"france_travail_id":"1234567A","first_name":"Camille","last_name":"Martin","department":"35",\
            "situation":"JOB_SEEKER","business_creation_project":false}""";

    static final String VALIDATED = """
            {"id":"3f2b8c1d-7e6a-4b59-9c1d-2a3b4c5d6e7f","france_travail_id":"1234567A","first_name":"Camille",\
            "last_name":"Martin","department":"35","situation":"JOB_SEEKER","business_creation_project":false,\
            "status":"VALIDATED","validation":{"outcome":"ELIGIBLE","rules":[\
            {"rule":"RESIDENCE","outcome":"PASS","message":"Les demandeurs d'emploi d'autres régions peuvent intégrer le dispositif.","faq_ref":"§5"},\
            {"rule":"EMPLOYMENT_STATUS","outcome":"PASS","message":"Le candidat est demandeur d'emploi.","faq_ref":"§13"},\
            {"rule":"SIAE_CONTRACT","outcome":"PASS","message":"Le candidat n'est pas salarié d'une SIAE.","faq_ref":"§3"},\
            {"rule":"BUSINESS_CREATION","outcome":"PASS","message":"Le candidat vise un emploi salarié chez un employeur partenaire.","faq_ref":"§5"}],\
            "advice":[]},"validated_by":"validator:france-travail-pdl","validated_at":"2026-11-26T10:00:00Z",\
            "created_by":"validator:france-travail-pdl","created_at":"2026-11-26T09:00:00Z"}""";

    @Inject
    Answers answers;

    @Inject
    CandidateService candidates;

    @Inject
    ReferralService referrals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VALIDATOR)
    @Operation(operationId = "createCandidate", summary = "Register a candidate",
            description = "A validator (France Travail, Mission locale, Cap emploi) registers a candidate (*candidat*, a job "
                    + "seeker) with the identity fields needed to identify them, nothing about health. The same France Travail "
                    + "identifier is one candidate, which several validator organisations may follow (§5): another organisation "
                    + "registering the same person (same identifier, same first and last names — letter case, accents and "
                    + "spacing aside) gets 200 with the candidate as registered and follows them from then on (reads, validates, "
                    + "refers, corrects); who else follows them is not told (the Region sees it in the access log). The same "
                    + "organisation sending the same content again gets 200. 409 when the identifier is registered under "
                    + "another identity (nothing about it is told), or when an organisation that follows the candidate sends "
                    + "other content (the answer links the candidate: correct the situation with `POST …/situation`).\n\n"
                    + "Roles: `validator`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateBody.class), examples = @ExampleObject(name = "job-seeker", value = REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class)))
    @APIResponse(responseCode = "200", description = "Already registered: by you with this content, or by another organisation "
            + "(same identifier and names), which you now follow.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(CandidateBody candidate) {
        return answers.of(candidates.create(candidate));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR, Roles.REGION_OFFICER, Roles.PUBLISHER })
    @Operation(operationId = "getCandidate", summary = "Read a candidate",
            description = "A candidate (*candidat*), for those who handle them only: the validator organisations that follow them "
                    + "(registered, validated, or registered them too); a training body a validator referred them to (to it, or to a session it runs) while the "
                    + "referral is open, or that runs a session where they have a path — until 183 days after the last such "
                    + "path ended (`EF_CANDIDATES_BODY_ACCESS_AFTER_PATH`); the Region. Anyone else gets 404, whatever their "
                    + "role. Every read is kept in the access log.\n\nRoles: as said.")
    @APIResponse(responseCode = "200", description = "The candidate.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class),
                    examples = @ExampleObject(name = "validated", value = VALIDATED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CandidateResponse get(@Parameter(description = "Candidate id (never their identity).") @PathParam("id") UUID id) {
        return candidates.get(id);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "searchCandidate", summary = "Find a candidate by France Travail identifier",
            description = "The identifier goes in the body, never in a URL or a query string. Same visibility as reading a "
                    + "candidate (*candidat*): 404 for anyone who does not handle them.\n\nRoles: `validator`, `training-body`, "
                    + "`region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CandidateSearchBody.class),
            examples = @ExampleObject(name = "search", value = "{\"france_travail_id\":\"1234567A\"}")))
    @APIResponse(responseCode = "200", description = "The candidate.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CandidateResponse search(CandidateSearchBody search) {
        return candidates.search(search);
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "getCandidateAccessLog", summary = "Who read or changed a candidate",
            description = "The access audit of a candidate (*journal des accès aux données personnelles*): every creation, "
                    + "read, search, validation and positioning, with the organisation and the time, kept in the database.\n\n"
                    + "Roles: `region-officer`.")
    @APIResponse(responseCode = "200", description = "The accesses, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateAudit.Log.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CandidateAudit.Log accessLog(@Parameter(description = "Candidate id.") @PathParam("id") UUID id) {
        return candidates.accessLog(id);
    }

    @POST
    @Path("/{id}/validate")
    @RolesAllowed(Roles.VALIDATOR)
    @Operation(operationId = "validateCandidate", summary = "Validate a candidate's profile",
            description = "The validator validates the profile (*validation du profil*, FAQ §5): a job seeker from any region "
                    + "(§5); not an employee (§13); no business creation project (§5); an SIAE employee only once the contract "
                    + "has ended (§3). Each rule comes back with its outcome, a message and its FAQ §; the candidate becomes "
                    + "VALIDATED or REFUSED, with the validator organisation and time recorded.\n\nRoles: `validator` (one "
                    + "that handles the candidate).")
    @APIResponse(responseCode = "200", description = "Evaluated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class),
                    examples = @ExampleObject(name = "validated", value = VALIDATED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response validate(@Parameter(description = "Candidate id.") @PathParam("id") UUID id) {
        return answers.of(candidates.validate(id));
    }

    @POST
    @Path("/{id}/situation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VALIDATOR)
    @Operation(operationId = "correctCandidateSituation", summary = "Correct a candidate's situation",
            description = "A validator that follows the candidate keeps their situation current (*mise à jour de la situation*): "
                    + "an SIAE employee whose contract ended is a job seeker again (§3), an employee who lost their job became "
                    + "one (§13). When the candidate was already validated or refused, the profile rules are evaluated again "
                    + "(VALIDATED or REFUSED, with this validator and time); a candidate not yet validated stays CREATED. Each "
                    + "correction is kept (`GET …/history`) and logged in the access log (CORRECT); its reason is erased with "
                    + "the identity. Paths already under way are not changed. 409 once the identity was erased.\n\nRoles: "
                    + "`validator` (one that follows the candidate; 404 for any other).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SituationBody.class), examples = @ExampleObject(name = "siae-ended", value = """
                    {"situation":"SIAE_EMPLOYEE_CONTRACT_ENDED","reason":"Fin du contrat d'insertion le 30 novembre."}""")))
    @APIResponse(responseCode = "200", description = "Corrected, and evaluated again when it had been.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response correct(@Parameter(description = "Candidate id.") @PathParam("id") UUID id, SituationBody body) {
        return answers.of(candidates.correct(id, body));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getCandidateHistory", summary = "A candidate's situation over time",
            description = "The corrections of the candidate's situation (*historique de la situation*), oldest first: from, to, "
                    + "the status before and after, who and when (§3, §13). A read of personal data, logged.\n\nRoles: as for "
                    + "reading the candidate (the validators that follow them, a training body they were referred to or have a "
                    + "path with, the Region); 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The corrections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateHistoryResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CandidateHistoryResponse history(@Parameter(description = "Candidate id.") @PathParam("id") UUID id) {
        return candidates.history(id);
    }

    static final String REFERRAL = """
            {"id":"9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","candidate_id":"3f2b8c1d-7e6a-4b59-9c1d-2a3b4c5d6e7f",\
            "validator":"validator:france-travail-pdl","training_body_siret":"73866205898790",\
            "session_request_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","status":"OPEN","created_at":"2026-11-30T09:00:00Z",\
            "expires_at":"2027-02-28T09:00:00Z"}""";

    @POST
    @Path("/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VALIDATOR)
    @Operation(operationId = "referCandidate", summary = "Refer a candidate to a training body or a session",
            description = "A validator that follows the candidate (registered, validated or registered them too) refers them (*orientation*, FAQ §5: "
                    + "validators validate and position candidates; the training body validates the final integration) to a "
                    + "training body, or to one authorised or started session. While the referral is open (90 days unless "
                    + "used, withdrawn or closed) that body — for a session, the bodies running it — reads the candidate and "
                    + "positions them with `POST /session-requests/{id}/paths`, on that very session when one is named. The "
                    + "body is told by the webhook CANDIDATE_REFERRED. Once the candidate has a path, the referral is USED "
                    + "(or CLOSED when placed elsewhere). The same open referral again answers 200 with it.\n\nRoles: "
                    + "`validator` (one that handles the candidate; anyone else gets 404).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralBody.class),
            examples = { @ExampleObject(name = "to-a-session", value = "{\"session_request_id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"}"),
                    @ExampleObject(name = "to-a-body", value = "{\"training_body_siret\":\"73866205898790\"}") }))
    @APIResponse(responseCode = "201", description = "Referred.",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class),
                    examples = @ExampleObject(name = "open", value = REFERRAL)))
    @APIResponse(responseCode = "200", description = "This open referral exists already.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response refer(@Parameter(description = "Candidate id.") @PathParam("id") UUID id, ReferralBody referral) {
        return answers.of(referrals.refer(id, referral));
    }

    @GET
    @Path("/{id}/referrals")
    @RolesAllowed({ Roles.VALIDATOR, Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getCandidateReferrals", summary = "A candidate's referrals",
            description = "The referrals (*orientations*) of a candidate, newest first: all of them for the Region and the "
                    + "validator that handles the candidate; for a training body that may read the candidate, those naming "
                    + "it. Anyone else gets 404.\n\nRoles: as said.")
    @APIResponse(responseCode = "200", description = "The referrals.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public java.util.List<ReferralResponse> referrals(@Parameter(description = "Candidate id.") @PathParam("id") UUID id) {
        return referrals.ofCandidate(id);
    }

    @POST
    @Path("/{id}/referrals/{referral_id}/withdraw")
    @RolesAllowed(Roles.VALIDATOR)
    @Operation(operationId = "withdrawCandidateReferral", summary = "Withdraw a referral",
            description = "The validator that made an open referral (*orientation*) takes it back: the body loses the access "
                    + "it gave (its own paths with the candidate keep theirs).\n\nRoles: `validator` (the one that made it).")
    @APIResponse(responseCode = "200", description = "Withdrawn.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response withdrawReferral(@Parameter(description = "Candidate id.") @PathParam("id") UUID id,
            @Parameter(description = "Referral id.") @PathParam("referral_id") UUID referralId) {
        return answers.of(referrals.withdraw(id, referralId));
    }
}

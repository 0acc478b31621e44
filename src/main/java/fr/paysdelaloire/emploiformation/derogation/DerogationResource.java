package fr.paysdelaloire.emploiformation.derogation;

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

@Path(DerogationResource.PATH)
@Tag(name = "Derogations")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class DerogationResource {

    public static final String PATH = "/api/v1/derogations";

    static final String EXAMPLE = """
            {"id":"5d1c2f9e-3a43-4b61-9c1f-0f2d8e7b6a55","subject_type":"HIRING_INTENTION",\
            "subject_id":"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11","rule":"CONTRACT_TYPE",\
            "justification":"Emploi saisonnier de 4 mois en maraîchage, reconduit chaque année.","status":"GRANTED",\
            "requested_by":"training-body:73866205898790","requested_at":"2026-11-26T10:00:00Z",\
            "decided_by":"region-officer:region-tool","decided_at":"2026-11-27T09:00:00Z",\
            "decision_reason":"Saisonnalité avérée du secteur."}""";

    @Inject
    Answers answers;

    @Inject
    DerogationService derogations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINING_BODY)
    @Operation(operationId = "requestDerogation", summary = "Ask for a derogation",
            description = "A training body asks the Region for a derogation (*dérogation*) to one rule whose outcome is "
                    + "NEEDS_DEROGATION: on a hiring intention it names, a CDD under 6 months (CONTRACT_TYPE, §3 §8), under "
                    + "24 hours a week (WEEKLY_HOURS, §6) or an employer outside the Region (EMPLOYER_LOCATION, §1); on its "
                    + "session request, training places outside the lot's territory (TERRITORY, §2). A group under five "
                    + "needs none: the body declares its financial balance on the request (`financial_balance`, §5). Rules "
                    + "that fail admit none (422).\n\nRoles: `training-body`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DerogationBody.class),
            examples = @ExampleObject(name = "short-cdd", value = """
                    {"subject_type":"HIRING_INTENTION","subject_id":"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11","rule":"CONTRACT_TYPE",\
                    "justification":"Emploi saisonnier de 4 mois en maraîchage, reconduit chaque année."}""")))
    @APIResponse(responseCode = "201", description = "Asked for.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DerogationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleRefusal")
    public Response request(DerogationBody request) {
        return answers.of(derogations.request(request));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.TRAINING_BODY, Roles.REGION_OFFICER })
    @Operation(operationId = "getDerogation", summary = "Read a derogation",
            description = "A derogation (*dérogation*) and the Region's decision.\n\nRoles: the training body that asked, `region-officer`.")
    @APIResponse(responseCode = "200", description = "The derogation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DerogationResponse.class),
                    examples = @ExampleObject(name = "granted", value = EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DerogationResponse get(@Parameter(description = "Derogation id.") @PathParam("id") UUID id) {
        return derogations.get(id);
    }

    @POST
    @Path("/{id}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "grantDerogation", summary = "Grant a derogation",
            description = "The Region grants the derogation (*accorde la dérogation*): the rule's outcome on its subject turns "
                    + "to PASS with a reference to this decision, and the subject is evaluated again (an intention awaiting "
                    + "only this derogation becomes ELIGIBLE). The reason is required.\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DerogationDecisionBody.class),
            examples = @ExampleObject(name = "grant", value = "{\"reason\":\"Saisonnalité avérée du secteur.\"}")))
    @APIResponse(responseCode = "200", description = "Granted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DerogationResponse.class),
                    examples = @ExampleObject(name = "granted", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response grant(@Parameter(description = "Derogation id.") @PathParam("id") UUID id, DerogationDecisionBody decision) {
        return answers.of(derogations.decide(id, decision, true));
    }

    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "refuseDerogation", summary = "Refuse a derogation",
            description = "The Region refuses the derogation (*refuse la dérogation*); the rule keeps its outcome. The reason "
                    + "is required.\n\nRoles: `region-officer`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DerogationDecisionBody.class),
            examples = @ExampleObject(name = "refuse", value = "{\"reason\":\"Le besoin n'est pas saisonnier.\"}")))
    @APIResponse(responseCode = "200", description = "Refused.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DerogationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response refuse(@Parameter(description = "Derogation id.") @PathParam("id") UUID id, DerogationDecisionBody decision) {
        return answers.of(derogations.decide(id, decision, false));
    }
}

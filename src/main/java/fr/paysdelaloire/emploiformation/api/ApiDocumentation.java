package fr.paysdelaloire.emploiformation.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract's front page: title, description, contact, security schemes, tags, and the error
 * answers every operation shares (referenced as {@code #/components/responses/...}). SmallRye reads
 * {@code @OpenAPIDefinition} only on a JAX-RS {@link Application}, hence the superclass.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "1 emploi = 1 formation — API partenaires",
                version = "2.0.0",
                description = """
                        System of record of Région Pays de la Loire's scheme *1 emploi = 1 formation*: an employer's \
                        written hiring intention (*intention d'embauche*) opens one Region-funded training path for a \
                        job seeker.

                        **Authentication.** Every operation under `/api/v1` takes an OAuth2 access token (client \
                        credentials) from the Region's OpenID Connect provider, sent as `Authorization: Bearer`. The \
                        token's realm roles (`realm_access.roles`) say what the caller may do: `employer-platform`, \
                        `training-body` (with `org_siret`), `validator` (with `org_id`), `region-officer`, `publisher`.

                        **Errors.** Every error is RFC 9457 problem details (`application/problem+json`) with a stable \
                        `type` (`urn:emploi-formation:problem:<code>`) and `code`; a 400 lists each invalid field in \
                        `violations`. Codes: VALIDATION, MALFORMED_BODY (400), UNAUTHENTICATED (401), FORBIDDEN (403), \
                        NOT_FOUND (404), METHOD_NOT_ALLOWED (405), NOT_ACCEPTABLE (406), CONFLICT (409), \
                        PRECONDITION_FAILED (412), PAYLOAD_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE (415), UNPROCESSABLE (422), \
                        PRECONDITION_REQUIRED (428), \
                        TOO_MANY_REQUESTS (429), INTERNAL (500), SERVICE_UNAVAILABLE (503, with `Retry-After`).

                        **Rate limits.** Each client (the token's `azp`) has a number of calls per minute, set per role; \
                        every answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (epoch \
                        seconds); past the limit, 429 TOO_MANY_REQUESTS with `Retry-After` (seconds).

                        **Concurrency.** The resources that carry an `ETag` (hiring intentions, session requests, lots) \
                        require it back in `If-Match` on every change: without it, 428 PRECONDITION_REQUIRED; with a stale \
                        one, 412 (read again, reapply). Creations need none; `If-Match: *` states on purpose that any \
                        current version will do.

                        Source of the rules: the Region's FAQ of the scheme; each rule names its § (e.g. FAQ §6).""",
                contact = @Contact(name = "Région Pays de la Loire — direction de l'emploi et de la formation",
                        email = "api-1emploi1formation@paysdelaloire.fr"),
                license = @License(name = "Licence Ouverte 2.0 (documentation)",
                        url = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")),
        servers = @Server(url = "/", description = "This instance"),
        tags = {
                @Tag(name = "Reference data", description = "Sectors (*filières*), lots of the VISA Métiers market and their groupements."),
                @Tag(name = "Session requests", description = "Session requests (*demandes de session*), their instruction by the Region and purchase orders (*bons de commande*)."),
                @Tag(name = "Candidates and paths", description = "Candidates (*candidats*) validated by validators and their training paths (*parcours*)."),
                @Tag(name = "Publication", description = "What Cariforef publishes (FAQ §10): a delta feed and an LHEO 2.3 export."),
                @Tag(name = "Invoicing", description = "Attended hours, monthly invoices per purchase order and the lots' order books (FAQ §7, §8)."),
                @Tag(name = "Derogations", description = "Derogations (*dérogations*) the Region grants to rules that admit them."),
                @Tag(name = "Hiring intentions", description = "Employers' written hiring intentions (*intentions d'embauche*, FAQ §6) and their eligibility."),
                @Tag(name = "Webhooks", description = "Signed events on status changes, POSTed to your receiver instead of polling, "
                        + "with a delivery log and replay. How to verify a delivery: docs/webhooks.md of the repository."),
                @Tag(name = "Statistics", description = "The Region's engagement funnel: intentions → covered → hired (FAQ §6, §7)."),
        },
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400", description = "Invalid request: each bad field is listed in `violations`; nothing was changed.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "validation", value = """
                                        {"type":"urn:emploi-formation:problem:validation","title":"Invalid request","status":400,\
                                        "detail":"2 fields are invalid","instance":"/api/v1/lots/CONSTR-44","code":"VALIDATION",\
                                        "violations":[{"field":"mandataire_siret","message":"must be a SIRET: 14 digits with a valid check key"},\
                                        {"field":"departments[0]","message":"must be one of the Region's départements 44, 49, 53, 72, 85, or REGION"}]}"""))),
                @APIResponse(name = "Unauthenticated", responseCode = "401", description = "No bearer token, or one that is invalid, expired, or not issued for this API.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unauthenticated", value = """
                                        {"type":"urn:emploi-formation:problem:unauthenticated","title":"Authentication required","status":401,\
                                        "detail":"This operation needs a bearer token (OAuth2 client credentials)","instance":"/api/v1/lots","code":"UNAUTHENTICATED"}"""))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The token's role does not allow this operation.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "forbidden", value = """
                                        {"type":"urn:emploi-formation:problem:forbidden","title":"Access denied","status":403,\
                                        "detail":"Your role does not allow this operation","instance":"/api/v1/lots/CONSTR-44","code":"FORBIDDEN"}"""))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource, or not one the caller may see.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "not-found", value = """
                                        {"type":"urn:emploi-formation:problem:not-found","title":"Resource not found","status":404,\
                                        "detail":"Lot CONSTR-99 does not exist or is not visible to you","instance":"/api/v1/lots/CONSTR-99","code":"NOT_FOUND"}"""))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "`If-Match` / `If-None-Match` did not hold: the resource changed since it was read (the current `ETag` is returned).",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "precondition-failed", value = """
                                        {"type":"urn:emploi-formation:problem:precondition-failed","title":"Precondition failed","status":412,\
                                        "detail":"Lot CONSTR-44 changed since you read it: read it again and reapply your change","instance":"/api/v1/lots/CONSTR-44","code":"PRECONDITION_FAILED"}"""))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "`If-Match` is missing: changing this resource needs the `ETag` of the version you read (RFC 6585), so that nobody overwrites a change they never saw.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "precondition-required", value = """
                                        {"type":"urn:emploi-formation:problem:precondition-required","title":"Precondition required","status":428,\
                                        "detail":"Send If-Match with the ETag of the session request you read (GET /api/v1/session-requests/{id})","instance":"/api/v1/session-requests/7c9e6679-7425-40de-944b-e07fc1f90ae7/submit","code":"PRECONDITION_REQUIRED"}"""))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "The request conflicts with what is recorded (a rule of the scheme, a duplicate, or a status that does not allow it); `related` points at the resource concerned when the caller may read it.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "conflict", value = """
                                        {"type":"urn:emploi-formation:problem:conflict","title":"Conflict","status":409,\
                                        "detail":"You already sent another intention under external_id nosemplois-2026-000123: correct it with PUT on the related resource, or use a new external_id",\
                                        "instance":"/api/v1/hiring-intentions","code":"CONFLICT","related":"/api/v1/hiring-intentions/0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11"}"""))),
                @APIResponse(name = "IdempotencyKeyReused", responseCode = "422", description = "This `Idempotency-Key` was already used with another request.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unprocessable", value = """
                                        {"type":"urn:emploi-formation:problem:unprocessable","title":"Unprocessable request","status":422,\
                                        "detail":"This Idempotency-Key was already used with another request: use a new key for a new request",\
                                        "instance":"/api/v1/hiring-intentions","code":"UNPROCESSABLE"}"""))),
                @APIResponse(name = "RuleRefusal", responseCode = "422", description = "A rule of the scheme refuses the request (the detail names it and its FAQ §; `eligibility` carries the evaluation when there is one).",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "rule-refusal", value = """
                                        {"type":"urn:emploi-formation:problem:unprocessable","title":"Unprocessable request","status":422,\
                                        "detail":"The session request cannot be submitted: SECTOR fails (FAQ §2)","instance":"/api/v1/session-requests/7c9e6679-7425-40de-944b-e07fc1f90ae7/submit","code":"UNPROCESSABLE"}"""))),
                @APIResponse(name = "TooManyRequests", responseCode = "429", description = "The client made more calls this minute than its limit; retry after `Retry-After` seconds.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotAcceptable", responseCode = "406", description = "The `Accept` header asks for a media type this operation does not produce.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body is not `application/json`.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The body is over 1 MiB; refused before it is read.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ServiceUnavailable", responseCode = "503", description = "The database or the identity provider cannot be reached; retry after `Retry-After` seconds. A push retried with the same `external_id` or `Idempotency-Key` answers what was recorded; a transition already applied answers 409.",
                        headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InternalError", responseCode = "500", description = "Unexpected failure; the answer quotes an incident id, never internals.",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        }))
@SecurityScheme(securitySchemeName = ApiDocumentation.OAUTH2, type = SecuritySchemeType.OAUTH2,
        description = "OAuth2 client credentials at the Region's OpenID Connect provider (Keycloak realm `emploi-formation`). "
                + "The token URL shown is the configured provider's.",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = ApiDocumentation.TOKEN_URL_PLACEHOLDER)))
@SecurityScheme(securitySchemeName = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token obtained beforehand from the Region's OpenID Connect provider.")
public class ApiDocumentation extends Application {

    public static final String OAUTH2 = "oauth2";
    public static final String BEARER = "bearer";
    /** How every spreadsheet answer ({@code Accept: text/csv}, {@link Spreadsheet}) is written. */
    public static final String SPREADSHEET = "as French spreadsheets read it: semicolon-separated, decimal comma, UTF-8 with a "
            + "byte order mark, dates and times in Europe/Paris; a text cell starting with `=`, `+`, `-` or `@` is prefixed "
            + "with an apostrophe, shown and never evaluated as a formula. Sent as an attachment named after the list and the "
            + "day; `Vary: Accept`.";
    /** Replaced at start-up by the token endpoint of the configured provider (see {@code OpenApiTokenUrlFilter}). */
    public static final String TOKEN_URL_PLACEHOLDER = "https://oidc.provider.invalid/realms/emploi-formation/protocol/openid-connect/token";
}

package fr.paysdelaloire.emploiformation.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

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

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.api.ContentCodings;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path("/api/v1/publication")
@Tag(name = "Publication")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
public class PublicationResource {

    /** One published session, as the feed and the snapshot show it. */
    /** How to ask for the LHEO export gzip-encoded. */
    static final String GZIP = "`gzip` to receive the LHEO document gzip-encoded (`Content-Encoding: gzip`, `Vary: "
            + "Accept-Encoding`): the same document in about a third of the bytes. Without it, the document as it is.";

    static final String SESSION_EXAMPLE = """
            {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","kind":"ONE_JOB_ONE_TRAINING","status":"AUTHORISED",\
            "title":"Maçon - session Nantes printemps 2027","certification":{"kind":"RNCP","code":"RNCP35185"},\
            "formacode":"22454","rome_codes":["F1703"],"start_date":"2027-03-01","end_date":"2027-09-30","planned_hours":750,\
            "places":5,"places_left":2,"recruitment_open":true,"permanent_entry":false,\
            "locations":[{"commune_insee":"44109","label":"12 rue de la Formation","postcode":"44000","city":"Nantes"}],\
            "training_body":{"siret":"73866205898790","name":"Formations Atlantique","nda":"52440123444"},\
            "mandataire":{"siret":"73866205898790","name":"Formations Atlantique","nda":"52440123444"},"lot_code":"CONSTR-44",\
            "employer_involvement":["CANDIDATE_SELECTION","IMMERSION"],"hiring_intentions":5,\
            "job_locations":[{"commune_insee":"44109","department":"44","positions":3},\
            {"commune_insee":"53130","department":"53","positions":2}],"updated_at":"2026-12-01T10:00:00Z"}""";

    static final String PAGE_EXAMPLE = "{\"items\":[" + SESSION_EXAMPLE + "],\"tombstones\":[{\"id\":\"0e1f2a3b-4c5d-4e6f-8a9b-"
            + "0c1d2e3f4a5b\",\"deleted_at\":\"2026-12-02T08:00:00Z\"}],\"next_cursor\":\"YzE6NDI\",\"has_more\":false}";

    static final String SNAPSHOT_EXAMPLE = "{\"items\":[" + SESSION_EXAMPLE + "],\"tombstones\":[],\"next_cursor\":\"YzE6NDI\","
            + "\"has_more\":false}";

    @Inject
    PublicationService publication;

    @GET
    @Path("/sessions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.VALIDATOR })
    @Operation(operationId = "getPublishedSessions", summary = "Published sessions: the delta feed",
            description = "The sessions that may be shown to the public and to validators (*sessions publiables*, FAQ §10): "
                    + "authorised, started, and the Region's socle sessions — never a draft nor a request under instruction — "
                    + "as they are now. No candidate data, no employer contact data.\n\n"
                    + "**Delta sync.** Entries come in change order. Without `cursor`, the first page lists the live sessions; "
                    + "keep `next_cursor` and call again with it to get only what changed since, including `tombstones` for "
                    + "sessions cancelled or completed after being published (remove them). The cursor stands on a change "
                    + "sequence written one commit at a time, so paging never skips nor repeats a change while sessions "
                    + "change. `updated_since` starts from a date instead. `ETag` / `If-None-Match` answer 304 when nothing "
                    + "changed.\n\n**Search by recruiter** (FAQ §10): `employer_siret` returns the sessions answering that "
                    + "employer's hiring intentions.\n\nRoles: `publisher`, `validator`.")
    @APIResponse(responseCode = "200", description = "One page of the feed.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag given in If-None-Match.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response sessions(
            @Parameter(description = "The next_cursor of a previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "First sync from this instant (ISO-8601 with offset), tombstones included.",
                    example = "2026-11-01T00:00:00Z") @QueryParam("updated_since") String updatedSince,
            @Parameter(description = "Only sessions answering this employer's hiring intentions. Prefer `POST "
                    + "/publication/sessions/search`, which takes it in the body: a SIRET in a URL ends up in access logs.",
                    example = "41229838000012")
            @QueryParam("employer_siret") String employerSiret,
            @Parameter(description = "Page size, 1 to 2000 (default 100). Pages of 2 000 suit a first full "
                    + "sync: fewer round trips for the same rows; the delta pulls that follow need few.", example = "100") @QueryParam("limit") Integer limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PublicationService.Read read = publication.feed(cursor, updatedSince, employerSiret, limit);
        String etag = "W/\"feed-" + read.lastChange() + "-" + Integer.toHexString(
                java.util.Objects.hash(cursor, updatedSince, employerSiret, limit)) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(read.page()).header(HttpHeaders.ETAG, etag).build();
    }

    @GET
    @Path("/sessions/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.VALIDATOR })
    @Operation(operationId = "getPublishedSessionsSnapshot", summary = "Published sessions: a full sync in one response",
            description = "Every session that may be shown now (*sessions publiables*, FAQ §10), as one page of the feed "
                    + "(`GET /publication/sessions`, same items, same schema), streamed: the first sync of a new partner, or a "
                    + "resync from scratch, in one request instead of pages. `tombstones` is empty and `has_more` false; "
                    + "`next_cursor` stands on the last change the snapshot includes: pass it to `GET /publication/sessions` "
                    + "to get what changed after (a session changed while the snapshot was streamed comes there, with its "
                    + "tombstone if it was withdrawn). `ETag` / `If-None-Match` answer 304 when nothing changed.\n\n"
                    + "Roles: `publisher`, `validator`.")
    @APIResponse(responseCode = "200", description = "Every live session, and the cursor to follow.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class),
                    examples = @ExampleObject(name = "snapshot", value = SNAPSHOT_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag given in If-None-Match.")
    public Response snapshot(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        long upTo = publication.lastChange();
        String etag = "W/\"snapshot-" + upTo + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        StreamingOutput body = out -> publication.writeSnapshot(upTo, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag).build();
    }

    @GET
    @Path("/sessions.xml")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({ Roles.PUBLISHER, Roles.VALIDATOR })
    @Operation(operationId = "getPublishedSessionsLheo", summary = "Published sessions as LHEO 2.3",
            description = "The same selection as the feed's live sessions (*offre de formation*), as an LHEO 2.3 document "
                    + "(namespace `http://lheo.gouv.fr/2.3`), valid against the official schema: each session is a "
                    + "formation > action > session, with the training body responsible (NDA, SIRET), the Region as funder "
                    + "(code-financeur 2) and its funded places, dates as AAAAMMJJ, the recruitment state, and the scheme's "
                    + "specifics (hiring intentions behind it, employers' involvement, lot, mandataire) in `extras`. Where the "
                    + "jobs are (FAQ §1; the feed's `job_locations`) is in `extras` too, since LHEO 2.3 has no element for the "
                    + "place of a job: `lieux-emplois` lists each place of work as its INSEE commune code and the positions "
                    + "there (`44109:3,53130:2`), `departements-emplois` their départements (`44,53`). Streamed. "
                    + "When nothing is publishable: 204, never an empty (invalid) document. Ask for it gzip-encoded "
                    + "(`Accept-Encoding: gzip`): about a third of the bytes, served from fragments compressed once at publication.\n\n"
                    + "Roles: `publisher`, `validator`.")
    @APIResponse(responseCode = "200", description = "The LHEO document.",
            headers = @Header(name = HttpHeaders.CONTENT_ENCODING, description = "`gzip` when asked for.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "lheo", value = "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres><formation numero=\"7c9e6679-7425-40de-944b-e07fc1f90ae7\">…</formation></offres></lheo>")))
    @APIResponse(responseCode = "204", description = "Nothing is publishable.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response lheo(@Parameter(description = "Only sessions answering this employer's hiring intentions. Prefer `POST "
            + "/publication/sessions/search` with `Accept: application/xml`: a SIRET in a URL ends up in access logs.",
            example = "41229838000012")
    @QueryParam("employer_siret") String employerSiret,
            @Parameter(description = GZIP, example = "gzip") @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return lheo(employerSiret, ContentCodings.acceptsGzip(acceptEncoding));
    }

    private Response lheo(String employerSiret, boolean gzip) {
        if (!publication.anythingToExport(employerSiret)) {
            return Response.noContent().header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        StreamingOutput body = out -> publication.writeLheo(employerSiret, gzip, out);
        Response.ResponseBuilder ok = Response.ok(body, MediaType.APPLICATION_XML_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").build() : ok.build();
    }

    @POST
    @Path("/sessions/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.VALIDATOR })
    @Operation(operationId = "searchPublishedSessions", summary = "Published sessions by recruiter (filters in the body)",
            description = "The delta feed of `GET /publication/sessions` (*sessions publiables*, FAQ §10), its filters in the "
                    + "body: the way to search by recruiter (`employer_siret`, §10) without the SIRET travelling in a URL. Same "
                    + "pages, cursors and tombstones; with `Accept: application/xml`, the LHEO 2.3 export of the live sessions "
                    + "instead (204 when none; gzip-encoded with `Accept-Encoding: gzip`, as `GET /publication/sessions.xml`).\n\n"
                    + "Roles: `publisher`, `validator`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionSearchBody.class),
            examples = @ExampleObject(name = "by-employer", value = "{\"employer_siret\":\"41229838000012\"}")))
    @APIResponse(responseCode = "200", description = "One page of the feed (JSON) or the LHEO document (XML).",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)),
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "204", description = "XML asked for and nothing is publishable.")
    public Response search(SessionSearchBody search) {
        SessionSearchBody filters = publication.checked(search);
        return Response.ok(publication.feed(filters.cursor(), filters.updatedSince(), filters.employerSiret(), filters.limit()).page())
                .build();
    }

    @POST
    @Path("/sessions/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({ Roles.PUBLISHER, Roles.VALIDATOR })
    @Operation(hidden = true)
    public Response searchLheo(SessionSearchBody search, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return lheo(publication.checked(search).employerSiret(), ContentCodings.acceptsGzip(acceptEncoding));
    }
}

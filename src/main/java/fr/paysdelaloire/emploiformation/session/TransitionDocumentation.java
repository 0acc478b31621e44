package fr.paysdelaloire.emploiformation.session;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What the nine transitions of a session request ({@link SessionTransition}) answer alike, documented once: the id and
 * the required {@code If-Match}, the optional {@link TransitionBody} (required where the reason is), the request in
 * its new status with its ETag, 400, 404, 409 (an illegal transition, naming the allowed ones) and 412. Each operation
 * keeps on its method what is its own: summary, description, roles, and 422 where the rules are evaluated. Runs before
 * the {@code StandardResponsesFilter} (higher priority), which then adds the answers every operation shares. The build
 * fails when a transition has no operation at {@code /{id}/<path>}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class TransitionDocumentation implements OASFilter {

    static final String IF_MATCH = "Required: the ETag of the version you read (428 without it, 412 when stale).";
    static final String ILLEGAL = "Requires `If-Match` (428 without it); an illegal transition answers 409 with the allowed ones.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (SessionTransition transition : SessionTransition.values()) {
            String path = SessionRequestResource.PATH + "/{id}/" + transition.path();
            PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(path);
            if (item == null || item.getPOST() == null) {
                throw new IllegalStateException("No operation POST " + path + " for the transition " + transition);
            }
            document(item.getPOST(), transition);
        }
    }

    private static void document(Operation operation, SessionTransition transition) {
        operation.setDescription(operation.getDescription().replace("\n\nRoles:", " " + ILLEGAL + "\n\nRoles:"));
        for (Parameter parameter : operation.getParameters()) {
            if ("id".equals(parameter.getName())) {
                parameter.setDescription("Session request id.");
            } else if (HttpHeaders.IF_MATCH.equals(parameter.getName())) {
                parameter.setDescription(IF_MATCH);
                parameter.setRequired(true);
            }
        }
        operation.setRequestBody(OASFactory.createRequestBody().required(transition.reasonRequired())
                .content(json(TransitionBody.class)));
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        responses.addAPIResponse("200", OASFactory.createAPIResponse().description("Done; the request in its new status.")
                .addHeader(HttpHeaders.ETAG, OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .content(json(SessionRequestResponse.class)));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
        responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("Conflict"));
        responses.addAPIResponse("412", OASFactory.createAPIResponse().ref("PreconditionFailed"));
        operation.setResponses(responses);
    }

    /** JSON of the schema a wire type is named in the contract. */
    private static org.eclipse.microprofile.openapi.models.media.Content json(Class<?> type) {
        String name = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).name();
        return OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(name)));
    }
}

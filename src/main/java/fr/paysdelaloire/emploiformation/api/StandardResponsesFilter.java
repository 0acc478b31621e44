package fr.paysdelaloire.emploiformation.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents, on every operation of the API, the errors any of them can give, so that no operation
 * forgets one: 401, 403, 406, 429 and 500 always; 400 and 415 when it takes a body; 412 and 428 when it requires
 * {@code If-Match}. The answers an operation gives for its own reasons (404, 409, 422, and 400 for its parameters)
 * stay on the operation.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class StandardResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> complete(operation));
            }
        });
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getRequestBody() != null) {
            add(responses, "400", "BadRequest");
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()) && Boolean.TRUE.equals(p.getRequired()))) {
            add(responses, "412", "PreconditionFailed");
            add(responses, "428", "PreconditionRequired");
        }
        add(responses, "401", "Unauthenticated");
        add(responses, "403", "Forbidden");
        add(responses, "406", "NotAcceptable");
        add(responses, "429", "TooManyRequests");
        add(responses, "500", "InternalError");
        add(responses, "503", "ServiceUnavailable");
    }

    private static void add(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}

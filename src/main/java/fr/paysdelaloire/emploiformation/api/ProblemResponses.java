package fr.paysdelaloire.emploiformation.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import fr.paysdelaloire.emploiformation.rules.Evaluation;

/** Builds the HTTP answer of a problem. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.Violation> violations,
            Map<String, String> headers) {
        return of(type, type.status(), detail, instance, violations, headers);
    }

    public static Response of(ProblemType type, int status, String detail, String instance,
            List<Problem.Violation> violations, Map<String, String> headers) {
        return of(type, status, detail, instance, violations, headers, null);
    }

    public static Response of(ProblemType type, int status, String detail, String instance,
            List<Problem.Violation> violations, Map<String, String> headers, String related) {
        return of(type, status, detail, instance, violations, headers, related, null);
    }

    public static Response of(ProblemType type, int status, String detail, String instance,
            List<Problem.Violation> violations, Map<String, String> headers, String related, Evaluation eligibility) {
        String code = type.name();
        Problem body = new Problem(type.uri(), type.title(), status, detail, instance, code,
                violations.isEmpty() ? null : violations, related, eligibility);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }
}

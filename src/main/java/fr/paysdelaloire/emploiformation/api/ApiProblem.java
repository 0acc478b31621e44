package fr.paysdelaloire.emploiformation.api;

import java.util.List;
import java.util.Map;

/**
 * A refusal a capability raises on purpose; mapped once to problem details. The detail is shown to
 * partners: keep it free of personal data.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ApiProblem(ProblemType type, String detail, List<Problem.Violation> violations, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " does not exist or is not visible to you");
    }

    public static ApiProblem invalid(List<Problem.Violation> violations) {
        return new ApiProblem(ProblemType.VALIDATION, violationsDetail(violations.size()), violations, Map.of());
    }

    public static ApiProblem preconditionFailed(String detail, String currentEtag) {
        return new ApiProblem(ProblemType.PRECONDITION_FAILED, detail, List.of(), Map.of("ETag", currentEtag));
    }

    static String violationsDetail(int count) {
        return count == 1 ? "1 field is invalid" : count + " fields are invalid";
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}

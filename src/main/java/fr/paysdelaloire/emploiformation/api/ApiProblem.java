package fr.paysdelaloire.emploiformation.api;

import java.util.List;
import java.util.Map;

import fr.paysdelaloire.emploiformation.rules.Evaluation;

/**
 * A refusal a capability raises on purpose; mapped once to problem details. The detail is shown to
 * partners: keep it free of personal data.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;
    private final String related;
    private Evaluation eligibility;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of(), null);
    }

    public ApiProblem(ProblemType type, String detail, List<Problem.Violation> violations, Map<String, String> headers) {
        this(type, detail, violations, headers, null);
    }

    public ApiProblem(ProblemType type, String detail, List<Problem.Violation> violations, Map<String, String> headers,
            String related) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
        this.related = related;
    }

    /** 409 about another resource the caller may read: its path goes into {@code related} and {@code Location}. */
    public static ApiProblem conflictWith(String detail, String relatedPath) {
        return new ApiProblem(ProblemType.CONFLICT, detail, List.of(), Map.of("Location", relatedPath), relatedPath);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(ProblemType.CONFLICT, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemType.FORBIDDEN, detail);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " does not exist or is not visible to you");
    }

    public static ApiProblem invalid(List<Problem.Violation> violations) {
        return new ApiProblem(ProblemType.VALIDATION, violationsDetail(violations.size()), violations, Map.of());
    }

    /** RFC 6585: the change of a resource that has an ETag needs {@code If-Match}. */
    public static ApiProblem preconditionRequired(String what, String readPath) {
        return new ApiProblem(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the " + what
                + " you read (GET " + readPath + "): changes to it are refused without it, so that nobody overwrites a change "
                + "they never saw");
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

    public String related() {
        return related;
    }

    public Evaluation eligibility() {
        return eligibility;
    }

    /** 422: a rule of the scheme refuses the request; the evaluation goes with the problem. */
    public static ApiProblem refusedByRules(String detail, Evaluation eligibility) {
        ApiProblem problem = new ApiProblem(ProblemType.UNPROCESSABLE, detail);
        problem.eligibility = eligibility;
        return problem;
    }
}

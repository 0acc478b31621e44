package fr.paysdelaloire.emploiformation.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Bean Validation of request bodies, reported with the JSON paths partners see, so that a service can
 * add its own rules' violations and answer every bad field at once.
 */
@ApplicationScoped
public class BodyValidator {

    @Inject
    Validator validator;

    /** Every constraint violation of the body; a missing body is one violation of {@code body}. */
    public List<Problem.Violation> violations(Object body) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (body == null) {
            violations.add(new Problem.Violation("body", "a JSON body is required"));
            return violations;
        }
        validator.validate(body).forEach(v -> violations.add(new Problem.Violation(ViolationPaths.of(v.getPropertyPath()), v.getMessage())));
        return violations;
    }

    /** 400 listing the violations, sorted by field, when there are any. */
    public static void refuseIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            List<Problem.Violation> sorted = new ArrayList<>(violations);
            sorted.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
            throw ApiProblem.invalid(sorted.stream().distinct().toList());
        }
    }

    /** 400 unless the body is valid. */
    public void check(Object body) {
        refuseIfAny(violations(body));
    }
}

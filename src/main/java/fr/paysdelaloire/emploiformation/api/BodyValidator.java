package fr.paysdelaloire.emploiformation.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.paysdelaloire.emploiformation.validation.XmlText;

/**
 * Bean Validation of request bodies, reported with the JSON paths partners see, so that a service can
 * add its own rules' violations and answer every bad field at once. Every string of every body is also held to
 * {@link XmlText}: a character XML 1.0 does not allow is refused in whatever field it comes, named by its path.
 */
@ApplicationScoped
public class BodyValidator {

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    /** Every constraint violation of the body; a missing body is one violation of {@code body}. */
    public List<Problem.Violation> violations(Object body) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (body == null) {
            violations.add(new Problem.Violation("body", "a JSON body is required"));
            return violations;
        }
        validator.validate(body).forEach(v -> violations.add(new Problem.Violation(ViolationPaths.of(v.getPropertyPath()), v.getMessage())));
        freeText(mapper.valueToTree(body), "", violations);
        return violations;
    }

    /** Walks the body as it came on the wire (its JSON field names) and reports each string XML 1.0 cannot carry. */
    private static void freeText(JsonNode node, String path, List<Problem.Violation> violations) {
        if (node.isTextual()) {
            XmlText.problem(node.textValue()).ifPresent(problem -> violations.add(new Problem.Violation(
                    path.isEmpty() ? "body" : path, problem)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                freeText(node.get(i), path + "[" + i + "]", violations);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> freeText(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), violations));
        }
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

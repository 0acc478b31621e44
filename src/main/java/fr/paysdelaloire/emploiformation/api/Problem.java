package fr.paysdelaloire.emploiformation.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}). {@code type} and
 * {@code code} are stable and can be matched by partners; {@code title} and {@code detail} are for
 * people. Never carries a stack trace, a class name or personal data.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Stable URI of the problem type.", examples = "urn:emploi-formation:problem:validation")
        String type,
        @Schema(description = "Short summary of the problem type.", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "What went wrong with this request.", examples = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path.", examples = "/api/v1/lots/CONSTR-44")
        String instance,
        @Schema(description = "Stable machine-readable code, the last segment of type.", examples = "VALIDATION")
        String code,
        @Schema(description = "One entry per invalid field (400 only).")
        List<Violation> violations,
        @Schema(description = "The resource the problem is about, when the caller may read it (e.g. the intention already recorded under this external_id).",
                examples = "/api/v1/hiring-intentions/0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11")
        String related,
        @Schema(description = "The rules evaluated, when a rule of the scheme is what refuses the request.")
        fr.paysdelaloire.emploiformation.rules.Evaluation eligibility) {

    /** One invalid field: its JSON path in the request (or the parameter name) and why it is refused. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "JSON path of the field, or name of the path/query parameter.", examples = "members[0].siret")
            String field,
            @Schema(description = "Why the value is refused.", examples = "must be a SIRET: 14 digits with a valid check key")
            String message) {
    }
}

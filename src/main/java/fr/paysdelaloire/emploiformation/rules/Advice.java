package fr.paysdelaloire.emploiformation.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A point that blocks nothing but that the partner should secure, with the FAQ § behind it. */
@Schema(name = "Advice")
public record Advice(
        @Schema(examples = "EMPLOYER_INVOLVEMENT") String rule,
        @Schema(description = "What to secure, in French.") String message,
        @Schema(examples = "§6") String faqRef) {
}

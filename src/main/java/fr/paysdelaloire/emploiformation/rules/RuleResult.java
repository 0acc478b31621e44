package fr.paysdelaloire.emploiformation.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rule evaluated: its code, its outcome, a message a partner can show the person concerned (in
 * French, like the scheme), and the § of the Region's FAQ it comes from.
 */
@Schema(name = "RuleResult")
public record RuleResult(
        @Schema(description = "Stable code of the rule.", examples = "CONTRACT_TYPE") String rule,
        RuleOutcome outcome,
        @Schema(description = "Explanation to show the person concerned, in French.",
                examples = "Le contrat compte au moins 24 heures par semaine.") String message,
        @Schema(description = "Section of the Region's FAQ the rule comes from (`§6`); where the FAQ is silent, the other text "
                + "of the Region it comes from: `Présentation Région 2024` (the Region's 2024 presentation of the scheme, "
                + "for the work-study contracts).", examples = "§6") String faqRef,
        @Schema(description = "The Region's derogation that turned this rule to PASS, if any.",
                examples = "5d1c2f9e-3a43-4b61-9c1f-0f2d8e7b6a55") String derogationId) {

    public RuleResult(String rule, RuleOutcome outcome, String message, String faqRef) {
        this(rule, outcome, message, faqRef, null);
    }

    public static RuleResult pass(String rule, String message, String faqRef) {
        return new RuleResult(rule, RuleOutcome.PASS, message, faqRef);
    }

    public static RuleResult derogation(String rule, String message, String faqRef) {
        return new RuleResult(rule, RuleOutcome.NEEDS_DEROGATION, message, faqRef);
    }

    public static RuleResult fail(String rule, String message, String faqRef) {
        return new RuleResult(rule, RuleOutcome.FAIL, message, faqRef);
    }
}

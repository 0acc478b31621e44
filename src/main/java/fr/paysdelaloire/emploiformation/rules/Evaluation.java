package fr.paysdelaloire.emploiformation.rules;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules evaluated for a case, the overall verdict (the worst outcome of them), and advice: points
 * that block nothing but that the partner should secure.
 */
@Schema(name = "Eligibility", description = "Every rule evaluated, the overall outcome (the worst of them), and non-blocking advice.")
public record Evaluation(
        @Schema(description = "The worst outcome of the rules.") Verdict outcome,
        List<RuleResult> rules,
        @Schema(description = "Points that block nothing but should be secured.") List<Advice> advice) {

    public static Evaluation of(List<RuleResult> rules, List<Advice> advice) {
        Verdict worst = Verdict.ELIGIBLE;
        for (RuleResult rule : rules) {
            Verdict verdict = Verdict.of(rule.outcome());
            if (verdict.ordinal() > worst.ordinal()) {
                worst = verdict;
            }
        }
        return new Evaluation(worst, List.copyOf(rules), List.copyOf(advice));
    }

    /**
     * The same evaluation once the Region's granted derogations are applied: each rule that needed one
     * and got it passes, with the decision's reference. Rules that fail admit no derogation.
     */
    public Evaluation withDerogations(java.util.Map<String, String> grantedByRule) {
        if (grantedByRule.isEmpty()) {
            return this;
        }
        List<RuleResult> applied = rules.stream().map(r -> r.outcome() == RuleOutcome.NEEDS_DEROGATION && grantedByRule.containsKey(r.rule())
                ? new RuleResult(r.rule(), RuleOutcome.PASS, "Dérogation accordée par la Région. " + r.message(), r.faqRef(),
                        grantedByRule.get(r.rule()))
                : r).toList();
        return of(applied, advice);
    }

    /**
     * The same evaluation saying, on each rule that again needs a derogation, that the one asked for or granted lapsed
     * because the facts it was about changed ({@code lapsedByRule}: rule code → derogation id).
     */
    public Evaluation withLapsed(java.util.Map<String, String> lapsedByRule) {
        if (lapsedByRule.isEmpty()) {
            return this;
        }
        List<RuleResult> noted = rules.stream().map(r -> r.outcome() == RuleOutcome.NEEDS_DEROGATION && lapsedByRule.containsKey(r.rule())
                ? new RuleResult(r.rule(), r.outcome(), "La dérogation " + lapsedByRule.get(r.rule()) + " ne vaut plus : les faits "
                        + "sur lesquels elle a été demandée ou accordée ont changé. " + r.message(), r.faqRef(), null)
                : r).toList();
        return of(noted, advice);
    }

    /** The result of one rule, by its code. */
    public RuleResult rule(String code) {
        return rules.stream().filter(r -> r.rule().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + code));
    }
}

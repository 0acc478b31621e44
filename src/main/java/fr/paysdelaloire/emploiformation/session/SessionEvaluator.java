package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.derogation.DerogationLedger;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.intention.IntentionStatus;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.rules.Verdict;

/**
 * The facts a session request's rules look at, gathered from the lot, the intentions and the Region's derogations,
 * and the evaluation of {@link SessionRequestRules} with them. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SessionEvaluator {

    @Inject
    GroupementDirectory groupements;

    @Inject
    IntentionLedger ledger;

    @Inject
    DerogationLedger derogations;

    @Inject
    Json json;

    /** Every rule of the request as it stands, the derogations granted on it applied. */
    public Evaluation evaluate(SessionRequest request) {
        GroupementDirectory.LotFacts lot = lot(request.lotCode);
        List<IntentionLedger.Summary> intentions = ledger.lookup(request.intentionIds).stream()
                .filter(i -> i.status() != IntentionStatus.WITHDRAWN).toList();
        int committed = (int) intentions.stream().filter(IntentionLedger.Summary::committed).count();
        int positions = intentions.stream().filter(IntentionLedger.Summary::committed).mapToInt(IntentionLedger.Summary::positions).sum();
        int awaiting = (int) intentions.stream().filter(i -> i.eligibility() == Verdict.NEEDS_DEROGATION).count();
        int ineligible = (int) intentions.stream().filter(i -> i.eligibility() == Verdict.INELIGIBLE).count();
        boolean decided = SessionRequestRules.AUTHORISED_ONCE.contains(request.status);
        SessionRequestRules.Submitter submitter = request.kind == SessionKind.SOCLE
                ? new SessionRequestRules.Submitter(null, false, true)
                : lot.memberOf(request.submitterSiret)
                        .map(m -> new SessionRequestRules.Submitter(m.role(), m.approvedByMandataire(), false,
                                decided && !m.approvedByMandataire() && request.subcontractorApprovalId != null
                                        ? request.subcontractorApprovalId : m.approvalId(), decided))
                        .orElse(new SessionRequestRules.Submitter(null, false, false));
        Set<String> departments = SessionMapper.trainingDepartments(request, json);
        return SessionRequestRules.evaluate(new SessionRequestRules.Facts(request.kind, request.places,
                new SessionRequestRules.Intentions(intentions.size(), committed, positions, awaiting, ineligible),
                lot.sector(), request.trainingSector, lot.departments(), departments, submitter,
                request.completesExistingGroup, request.permanentEntry, request.financialBalance))
                .withDerogations(derogations.granted(SubjectType.SESSION_REQUEST, request.id));
    }

    /** The positions its eligible, not withdrawn intentions commit (§9: as many places, never more). */
    public int committedPositions(SessionRequest request) {
        return attached(request).committedPositions();
    }

    /** The mandataire's live approval a subcontractor's request relies on now (§2, §9); null for anyone else. */
    java.util.UUID approvalReliedOn(SessionRequest request) {
        return lot(request.lotCode).memberOf(request.submitterSiret)
                .filter(m -> m.role() == fr.paysdelaloire.emploiformation.reference.GroupementRole.SOUS_TRAITANT && m.approvedByMandataire())
                .map(GroupementDirectory.Member::approvalId).orElse(null);
    }

    /** What the Region reads of a request's intentions as it instructs it: positions committed, and involvement (§6). */
    public record Attached(int committedPositions, int withoutImmersion) {
    }

    public Attached attached(SessionRequest request) {
        List<IntentionLedger.Summary> intentions = ledger.lookup(request.intentionIds);
        return new Attached(intentions.stream().filter(IntentionLedger.Summary::committed).mapToInt(IntentionLedger.Summary::positions).sum(),
                (int) intentions.stream().filter(IntentionLedger.Summary::withoutImmersion).count());
    }

    /** The rules that do not pass, as a refusal names them. */
    static String failing(Evaluation evaluation) {
        return evaluation.rules().stream().filter(r -> r.outcome() != RuleOutcome.PASS)
                .map(r -> r.rule() + " " + r.outcome() + " (FAQ " + r.faqRef() + ")").collect(Collectors.joining(", "));
    }

    GroupementDirectory.LotFacts lot(String code) {
        return groupements.lot(code).orElseThrow(() -> ApiProblem.invalid("lot_code", "is not a lot of GET /api/v1/lots"));
    }
}

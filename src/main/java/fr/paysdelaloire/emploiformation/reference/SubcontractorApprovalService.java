package fr.paysdelaloire.emploiformation.reference;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * The mandataire brings a subcontractor into its lot, and withdraws its agreement (FAQ §2, §9). Whose objects: a lot's
 * approvals are written by that lot's mandataire only (another body: 403; the Region reads, it does not decide for the
 * mandataire); they are read by the Region and the lot's mandataire, and a subcontractor reads its own (another body
 * sees none of them: 404 for one, an empty list for the lot's).
 */
@ApplicationScoped
public class SubcontractorApprovalService {

    @Inject
    LotRepository lots;

    @Inject
    TrainingBodyRepository bodies;

    @Inject
    SubcontractorApprovalRepository approvals;

    @Inject
    GroupementDirectory groupements;

    @Inject
    BodyValidator validator;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Representation<SubcontractorApprovalResponse> approve(String code, SubcontractorApprovalBody body) {
        String actor = caller.requireOrganisation();
        validator.check(body);
        return Retries.inTransaction(() -> {
            Lot lot = mandatairesLot(code);
            GroupementRole listed = lot.members.stream().filter(m -> m.body.siret.equals(body.siret())).map(m -> m.role)
                    .findFirst().orElse(null);
            String refusal = SubcontractingRules.refusal(body.siret(), lot.mandataire.siret, listed);
            if (refusal != null) {
                throw ApiProblem.conflict(refusal);
            }
            if (approvals.liveFor(code, body.siret())) {
                throw ApiProblem.conflict("Body " + body.siret() + " already holds a live approval for lot " + code
                        + ": withdraw it first to state another reason");
            }
            if (bodies.findByIdOptional(body.siret()).isEmpty()) { // a body already known keeps the Region's record of it
                bodies.upsert(body.siret(), body.name().strip(), body.nda());
            }
            SubcontractorApproval approval = new SubcontractorApproval();
            approval.id = UUID.randomUUID();
            approval.lotCode = code;
            approval.siret = body.siret();
            approval.reason = body.reason().strip();
            approval.approvedBy = actor;
            approval.approvedAt = OffsetDateTime.now(clock);
            approvals.persist(approval);
            approvals.flush(); // two concurrent approvals: the live one's unique index answers the second (409, retried)
            return Representation.created(path(code, approval.id), approval.version, response(approval));
        });
    }

    public Representation<SubcontractorApprovalResponse> withdraw(String code, UUID id, SubcontractorWithdrawalBody body) {
        String actor = caller.requireOrganisation();
        validator.check(body);
        return Retries.inTransaction(() -> {
            mandatairesLot(code);
            SubcontractorApproval approval = approvals.findForUpdate(id).filter(a -> a.lotCode.equals(code))
                    .orElseThrow(() -> ApiProblem.notFound("Approval " + id + " of lot " + code));
            if (!approval.live()) {
                throw ApiProblem.conflict("This approval was already withdrawn on " + approval.withdrawnAt);
            }
            approval.withdrawnAt = OffsetDateTime.now(clock);
            approval.withdrawnBy = actor;
            approval.withdrawalReason = body.reason().strip();
            approvals.flush();
            return Representation.changed(path(code, approval.id), approval.version, response(approval));
        });
    }

    @Transactional
    public SubcontractorApprovalResponse.Page list(String code) {
        Lot lot = lots.findByIdOptional(code).orElseThrow(() -> ApiProblem.notFound("Lot " + code));
        String mine = readsAll(lot) ? null : caller.orgSiret().orElse("");
        return new SubcontractorApprovalResponse.Page(approvals.ofLot(code, mine).stream().map(this::response).toList());
    }

    @Transactional
    public SubcontractorApprovalResponse get(String code, UUID id) {
        Lot lot = lots.findByIdOptional(code).orElseThrow(() -> ApiProblem.notFound("Lot " + code));
        return approvals.findByIdOptional(id)
                .filter(a -> a.lotCode.equals(code) && (readsAll(lot) || a.siret.equals(caller.orgSiret().orElse(""))))
                .map(this::response).orElseThrow(() -> ApiProblem.notFound("Approval " + id + " of lot " + code));
    }

    /** The Region and the lot's mandataire read every approval of the lot. */
    private boolean readsAll(Lot lot) {
        return caller.isRegion() || caller.orgSiret().filter(lot.mandataire.siret::equals).isPresent();
    }

    /** The lot, locked, when the caller is its mandataire (§9: its decision); 404 unknown, 403 another body. */
    private Lot mandatairesLot(String code) {
        Lot lot = lots.findForUpdate(code).orElseThrow(() -> ApiProblem.notFound("Lot " + code));
        if (caller.orgSiret().filter(lot.mandataire.siret::equals).isEmpty()) {
            throw ApiProblem.forbidden("Only lot " + code + "'s mandataire decides on its subcontractors (§9)");
        }
        return lot;
    }

    private SubcontractorApprovalResponse response(SubcontractorApproval approval) {
        return SubcontractorApprovalResponse.of(approval, groupements.body(approval.siret).orElse(null));
    }

    static String path(String code, UUID id) {
        return SubcontractorApprovalResource.PATH.replace("{code}", code) + "/" + id;
    }
}

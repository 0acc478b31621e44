package fr.paysdelaloire.emploiformation.reference;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.ETags;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;

/** Use cases of the lots (reference data kept by the Region). */
@ApplicationScoped
public class LotService {

    @Inject
    LotRepository lots;

    @Inject
    TrainingBodyRepository bodies;

    @Inject
    SubcontractorApprovalRepository approvals;

    @Inject
    BodyValidator validation;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<LotHandedOver> handovers;

    @Inject
    fr.paysdelaloire.emploiformation.security.Caller caller;

    @Transactional
    public List<LotResponse> list(String sector, String department) {
        List<Violation> violations = new ArrayList<>();
        if (sector != null && !Sector.isCode(sector)) {
            violations.add(new Violation("sector", "must be a sector code of GET /api/v1/sectors"));
        }
        if (department != null && !Territory.isDepartment(department)) {
            violations.add(new Violation("department", "must be a département code (the Region's: 44, 49, 53, 72, 85)"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        return lots.search(sector == null ? null : Sector.valueOf(sector), department).stream().map(this::response).toList();
    }

    @Transactional
    public Representation<LotResponse> get(String code) {
        Lot lot = lots.findByIdOptional(code).orElseThrow(() -> ApiProblem.notFound("Lot " + safe(code)));
        return Representation.read(lot.version, response(lot));
    }

    /**
     * Creates or replaces a lot. Every invalid field is reported at once and nothing is written;
     * {@code If-Match} / {@code If-None-Match} guard against lost updates.
     */
    public Representation<LotResponse> put(String code, LotBody request, String ifMatch, String ifNoneMatch) {
        List<Violation> violations = new ArrayList<>();
        if (!LotRules.isLotCode(code)) {
            violations.add(new Violation("code", "must be 2 to 32 upper-case letters, digits or dashes, e.g. CONSTR-44"));
        }
        violations.addAll(validation.violations(request));
        if (request != null) {
            violations.addAll(LotRules.check(request));
        }
        BodyValidator.refuseIfAny(violations);
        return Retries.inTransaction(() -> write(code, request, ifMatch, ifNoneMatch));
    }

    private Representation<LotResponse> write(String code, LotBody request, String ifMatch, String ifNoneMatch) {
        Lot existing = lots.findForUpdate(code).orElse(null);
        String current = existing == null ? null : ETags.of(existing.version);
        if (existing != null && !ETags.present(ifMatch) && !ETags.present(ifNoneMatch)) {
            throw ApiProblem.preconditionRequired("lot", "/api/v1/lots/" + code);
        }
        if (!ETags.ifMatchHolds(ifMatch, current)) {
            throw ApiProblem.preconditionFailed(existing == null
                    ? "Lot " + code + " does not exist: If-Match cannot hold"
                    : "Lot " + code + " changed since you read it: read it again and reapply your change",
                    current == null ? "" : current);
        }
        if (!ETags.ifNoneMatchHolds(ifNoneMatch, current)) {
            throw ApiProblem.preconditionFailed("Lot " + code + " already exists", current);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String formerMandataire = existing == null ? null : existing.mandataire.siret;
        Lot lot = existing == null ? new Lot() : existing;
        if (existing == null) {
            lot.code = code;
            lot.createdAt = now;
        }
        lot.label = request.label().strip();
        lot.sector = Sector.valueOf(request.sector());
        lot.departments.clear();
        lot.departments.addAll(request.departments());
        lot.beyondRegion = request.beyondRegion() == null || request.beyondRegion().isBlank() ? null : request.beyondRegion().strip();
        lot.pricePerTraineeHour = request.pricePerTraineeHour();
        lot.minimumOrderHours = request.minimumOrderHours();
        lot.mandataire = bodies.upsert(request.mandataireSiret(), request.mandataireName().strip(), request.mandataireNda());
        lot.members.clear();
        for (LotBody.Member member : request.membersOrEmpty()) {
            lot.members.add(membership(member.siret(), member.name(), member.nda(), GroupementRole.CO_TRAITANT, true));
        }
        for (LotBody.Subcontractor sub : request.subcontractorsOrEmpty()) {
            lot.members.add(membership(sub.siret(), sub.name(), sub.nda(), GroupementRole.SOUS_TRAITANT, sub.approvedByMandataire()));
        }
        lot.certifications.clear();
        for (LotBody.Certification c : request.certificationsOrEmpty()) {
            Lot.Certification certification = new Lot.Certification();
            certification.kind = CertificationKind.valueOf(c.kind());
            certification.code = c.code();
            certification.title = c.title().strip();
            certification.mandatory = c.mandatory();
            lot.certifications.add(certification);
        }
        lot.updatedAt = now;
        if (existing == null) {
            lots.persist(lot);
        }
        lots.flush();
        if (formerMandataire != null && !formerMandataire.equals(lot.mandataire.siret)) {
            // access follows today's groupement: the lot's sessions, orders and candidates pass to the new mandataire
            handovers.fire(new LotHandedOver(code, formerMandataire, lot.mandataire.siret, caller.requireOrganisation(), now));
            lots.flush();
        }
        return existing == null ? Representation.created("/api/v1/lots/" + code, lot.version, response(lot))
                : Representation.changed(null, lot.version, response(lot));
    }

    private Lot.Membership membership(String siret, String name, String nda, GroupementRole role, boolean approved) {
        Lot.Membership membership = new Lot.Membership();
        membership.body = bodies.upsert(siret, name.strip(), nda);
        membership.role = role;
        membership.approvedByMandataire = approved;
        return membership;
    }

    /** A path value echoed in a message, cut short so that a problem never reflects a large input. */
    private static String safe(String code) {
        return code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }

    /** The lot as shown, the mandataire's decisions on its subcontractors counted (§9). */
    private LotResponse response(Lot lot) {
        List<SubcontractorApproval> decided = approvals.ofLot(lot.code, null);
        java.util.Map<String, GroupementDirectory.Body> named = new java.util.HashMap<>();
        decided.forEach(a -> named.computeIfAbsent(a.siret, siret -> bodies.findByIdOptional(siret)
                .map(b -> new GroupementDirectory.Body(b.siret, b.name, b.nda)).orElse(null)));
        return LotResponse.of(lot, decided, named);
    }
}

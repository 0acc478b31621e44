package fr.paysdelaloire.emploiformation.reference;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What other capabilities need to know of a lot and its groupement, without its entities: sector,
 * territory, price, and each training body's place in the groupement. Runs in the caller's transaction.
 */
@ApplicationScoped
public class GroupementDirectory {

    /**
     * A body's place in a groupement; a sous-traitant counts only once the mandataire approved it (§2, §9):
     * {@code approvalId} names the mandataire's approval it holds (or the last one, withdrawn), null when the only record
     * is the Region's in the lot.
     */
    public record Member(GroupementRole role, boolean approvedByMandataire, java.util.UUID approvalId) {

        public Member(GroupementRole role, boolean approvedByMandataire) {
            this(role, approvedByMandataire, null);
        }
    }

    /** A lot as the workflow needs it. */
    public record LotFacts(String code, Sector sector, Set<String> departments, BigDecimal pricePerTraineeHour,
            String mandataireSiret, Map<String, Member> members, int minimumOrderHours) {

        public Optional<Member> memberOf(String siret) {
            return Optional.ofNullable(members.get(siret));
        }

        /** §2, §9: the body works for the groupement: its mandataire, a co-traitant, or a sous-traitant the mandataire approved. */
        public boolean counts(String siret) {
            return memberOf(siret).map(m -> m.role() != GroupementRole.SOUS_TRAITANT || m.approvedByMandataire()).orElse(false);
        }

        /** §2: an employer's need of {@code sector} at a place of work in {@code department} falls in this lot's sector and territory. */
        public boolean covers(Sector needSector, String department) {
            return sector == needSector && Territory.covers(departments, department);
        }
    }

    /** A training body's public identity. */
    public record Body(String siret, String name, String nda) {
    }

    @Inject
    LotRepository lots;

    @Inject
    TrainingBodyRepository bodies;

    @Inject
    SubcontractorApprovalRepository approvals;

    public Optional<Body> body(String siret) {
        return bodies.findByIdOptional(siret).map(b -> new Body(b.siret, b.name, b.nda));
    }

    public Optional<LotFacts> lot(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return lots.findByIdOptional(code).map(lot -> facts(lot, approvals.ofLot(code, null)));
    }

    /** Every lot, as the workflow needs it (the Region's lots are tens, not thousands). */
    public List<LotFacts> allLots() {
        Map<String, List<SubcontractorApproval>> byLot = new java.util.HashMap<>();
        approvals.everyOne().forEach(a -> byLot.computeIfAbsent(a.lotCode, k -> new java.util.ArrayList<>()).add(a));
        return lots.listAll().stream().map(lot -> facts(lot, byLot.getOrDefault(lot.code, List.of()))).toList();
    }

    /** The lots the body works for ({@link LotFacts#counts}). */
    public List<LotFacts> lotsOf(String siret) {
        return allLots().stream().filter(lot -> lot.counts(siret)).toList();
    }

    /** The bodies that work for a lot covering a need of {@code sector} in {@code department} ({@link LotFacts#covers}). */
    public Set<String> bodiesCovering(Sector sector, String department) {
        Set<String> bodies = new TreeSet<>();
        for (LotFacts lot : allLots()) {
            if (lot.covers(sector, department)) {
                lot.members().keySet().stream().filter(lot::counts).forEach(bodies::add);
            }
        }
        return bodies;
    }

    /** The lot's groupement, the mandataire's decisions on subcontractors ({@code approvals}, oldest first) counted. */
    private static LotFacts facts(Lot lot, List<SubcontractorApproval> approvals) {
        Map<String, Member> members = new LinkedHashMap<>();
        members.put(lot.mandataire.siret, new Member(GroupementRole.MANDATAIRE, true));
        lot.members.forEach(m -> members.put(m.body.siret, new Member(m.role, m.approvedByMandataire)));
        SubcontractorApproval.bySiret(approvals).forEach((siret, made) -> {
            Member listed = members.get(siret);
            if (listed == null || listed.role() == GroupementRole.SOUS_TRAITANT) { // a member stays a member
                members.put(siret, SubcontractingRules.subcontractor(listed, made));
            }
        });
        return new LotFacts(lot.code, lot.sector, Set.copyOf(lot.departments), lot.pricePerTraineeHour,
                lot.mandataire.siret, Map.copyOf(members), lot.minimumOrderHours);
    }
}

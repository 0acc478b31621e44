package fr.paysdelaloire.emploiformation.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.paysdelaloire.emploiformation.api.Problem.Violation;

/**
 * What makes a lot well-formed beyond each field's own format. Plain Java, no framework: each check
 * says where it comes from.
 */
public final class LotRules {

    /** Lot codes: upper-case letters, digits and dashes, e.g. CONSTR-44. */
    public static final Pattern LOT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private LotRules() {
    }

    public static boolean isLotCode(String code) {
        return code != null && LOT_CODE.matcher(code).matches();
    }

    /** Every violation of the rules below, with the JSON path of the field at fault. */
    public static List<Violation> check(LotBody lot) {
        List<Violation> violations = new ArrayList<>();
        if (lot.sector() != null && !lot.sector().isBlank() && !Sector.isCode(lot.sector())) {
            // §2: trainings must belong to the sectors of the Region's markets.
            violations.add(new Violation("sector", "must be a sector code of GET /api/v1/sectors"));
        }
        checkTerritory(lot.departments(), lot.beyondRegion(), violations);
        checkGroupement(lot, violations);
        checkCertifications(lot.certificationsOrEmpty(), violations);
        return violations;
    }

    // A lot covers some of the Region's five départements, or the whole Region (domain: Lot); §1: "des dérogations peuvent
    // être étudiées, pour les lots dont la portée dépasse le niveau régional": départements beyond, with the Region's reason.
    private static void checkTerritory(List<String> departments, String beyondRegion, List<Violation> violations) {
        if (departments == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<String> beyond = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            String department = departments.get(i);
            if (department == null || department.isBlank()) {
                continue;
            }
            String field = "departments[" + i + "]";
            if (!Territory.isDepartment(department) && !Territory.REGION.equals(department)) {
                violations.add(new Violation(field, "must be a département code (the Region's: 44, 49, 53, 72, 85) or REGION"));
            } else if (!seen.add(department)) {
                violations.add(new Violation(field, "is listed twice"));
            } else if (!Territory.REGION.equals(department) && !Territory.isRegional(department)) {
                beyond.add(department);
            }
        }
        if (seen.contains(Territory.REGION) && seen.stream().anyMatch(Territory::isRegional)) {
            violations.add(new Violation("departments", "REGION already covers the Region's five départements: list them or REGION"));
        }
        boolean reasoned = beyondRegion != null && !beyondRegion.isBlank();
        if (!beyond.isEmpty() && !reasoned) {
            violations.add(new Violation("beyond_region", "is required: " + String.join(", ", beyond)
                    + " lie outside the Region, which records why the lot reaches beyond it (FAQ §1)"));
        } else if (beyond.isEmpty() && reasoned) {
            violations.add(new Violation("beyond_region", "is only for a lot that lists départements outside the Region"));
        }
    }

    /** §1: the lot reaches beyond the Region (a département outside its five). */
    public static boolean reachesBeyondTheRegion(java.util.Collection<String> departments) {
        return departments.stream().anyMatch(d -> !Territory.REGION.equals(d) && !Territory.isRegional(d));
    }

    // §9: one groupement per lot, one mandataire and its co-traitants; §2: sous-traitants it brings in.
    private static void checkGroupement(LotBody lot, List<Violation> violations) {
        Set<String> sirets = new HashSet<>();
        if (lot.mandataireSiret() != null) {
            sirets.add(lot.mandataireSiret());
        }
        List<LotBody.Member> members = lot.membersOrEmpty();
        for (int i = 0; i < members.size(); i++) {
            LotBody.Member member = members.get(i);
            if (member != null && member.siret() != null && !sirets.add(member.siret())) {
                violations.add(new Violation("members[" + i + "].siret",
                        "is already in the groupement (as mandataire or another member)"));
            }
        }
        List<LotBody.Subcontractor> subcontractors = lot.subcontractorsOrEmpty();
        for (int i = 0; i < subcontractors.size(); i++) {
            LotBody.Subcontractor subcontractor = subcontractors.get(i);
            if (subcontractor != null && subcontractor.siret() != null && !sirets.add(subcontractor.siret())) {
                violations.add(new Violation("subcontractors[" + i + "].siret",
                        "is already in the groupement: a member is not its own subcontractor"));
            }
        }
    }

    // §4: the certifications the Region identified, each from the register its kind names.
    private static void checkCertifications(List<LotBody.Certification> certifications, List<Violation> violations) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < certifications.size(); i++) {
            LotBody.Certification certification = certifications.get(i);
            if (certification == null || certification.code() == null || certification.kind() == null) {
                continue;
            }
            CertificationKind kind = kindOf(certification.kind());
            if (kind != null && !kind.accepts(certification.code())) {
                violations.add(new Violation("certifications[" + i + "].code", "must be " + kind.codeExample()));
            } else if (!codes.add(certification.code())) {
                violations.add(new Violation("certifications[" + i + "].code", "is listed twice"));
            }
        }
    }

    private static CertificationKind kindOf(String kind) {
        for (CertificationKind candidate : CertificationKind.values()) {
            if (candidate.identifiable() && candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }
}

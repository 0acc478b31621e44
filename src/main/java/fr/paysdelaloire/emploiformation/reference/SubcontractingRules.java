package fr.paysdelaloire.emploiformation.reference;

import java.util.List;
import java.util.UUID;

/**
 * Subcontracting in a lot's groupement (FAQ §2, §9), plain Java: who may be approved as a subcontractor, and what a
 * body's place in the groupement is once the mandataire's decisions are counted.
 */
public final class SubcontractingRules {

    private SubcontractingRules() {
    }

    /**
     * §2: "dans la mesure où aucun organisme du groupement n'a la capacité de la proposer lui-même": a subcontractor comes
     * from outside the groupement; the mandataire and its co-traitants are not approved as their own subcontractors.
     * Null when {@code siret} may be approved, else why not.
     */
    public static String refusal(String siret, String mandataireSiret, GroupementRole listedRole) {
        if (siret.equals(mandataireSiret)) {
            return "The mandataire is not its own subcontractor (§2, §9)";
        }
        if (listedRole == GroupementRole.CO_TRAITANT) {
            return "A co-traitant is a member of the groupement, not a subcontractor (§2, §9)";
        }
        return null;
    }

    /** A mandataire's decision on a subcontractor, as the rules read it. */
    public record Decision(UUID approvalId, boolean live) {
    }

    /**
     * §9: "Il reviendra au mandataire du groupement de décider de l'entrée ou non d'un sous-traitant": the mandataire's
     * last decision on the body (its latest approval, live or withdrawn) prevails; with none, what the Region recorded
     * in the lot (approved_by_mandataire). Null when the body is no subcontractor of the lot.
     */
    public static GroupementDirectory.Member subcontractor(GroupementDirectory.Member listed, List<Decision> decisionsOldestFirst) {
        if (!decisionsOldestFirst.isEmpty()) {
            Decision last = decisionsOldestFirst.get(decisionsOldestFirst.size() - 1);
            return new GroupementDirectory.Member(GroupementRole.SOUS_TRAITANT, last.live(), last.approvalId());
        }
        return listed;
    }
}

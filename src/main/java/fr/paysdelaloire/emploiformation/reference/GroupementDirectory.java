package fr.paysdelaloire.emploiformation.reference;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What other capabilities need to know of a lot and its groupement, without its entities: sector,
 * territory, price, and each training body's place in the groupement. Runs in the caller's transaction.
 */
@ApplicationScoped
public class GroupementDirectory {

    /** A body's place in a groupement; a sous-traitant counts only once the mandataire approved it (§2, §9). */
    public record Member(GroupementRole role, boolean approvedByMandataire) {
    }

    /** A lot as the workflow needs it. */
    public record LotFacts(String code, Sector sector, Set<String> departments, BigDecimal pricePerTraineeHour,
            String mandataireSiret, Map<String, Member> members, int minimumOrderHours) {

        public Optional<Member> memberOf(String siret) {
            return Optional.ofNullable(members.get(siret));
        }
    }

    /** A training body's public identity. */
    public record Body(String siret, String name, String nda) {
    }

    @Inject
    LotRepository lots;

    @Inject
    TrainingBodyRepository bodies;

    public Optional<Body> body(String siret) {
        return bodies.findByIdOptional(siret).map(b -> new Body(b.siret, b.name, b.nda));
    }

    public Optional<LotFacts> lot(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return lots.findByIdOptional(code).map(lot -> {
            Map<String, Member> members = new LinkedHashMap<>();
            members.put(lot.mandataire.siret, new Member(GroupementRole.MANDATAIRE, true));
            lot.members.forEach(m -> members.put(m.body.siret, new Member(m.role, m.approvedByMandataire)));
            return new LotFacts(lot.code, lot.sector, Set.copyOf(lot.departments), lot.pricePerTraineeHour,
                    lot.mandataire.siret, Map.copyOf(members), lot.minimumOrderHours);
        });
    }
}

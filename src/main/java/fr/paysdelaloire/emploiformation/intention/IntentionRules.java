package fr.paysdelaloire.emploiformation.intention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.validation.InseeCommuneCode;

/**
 * What makes a hiring intention complete enough to be evaluated, beyond each field's own format, and when it is
 * fulfilled. Plain Java; each check names where it comes from.
 */
public final class IntentionRules {

    private IntentionRules() {
    }

    /**
     * §6 "1 emploi = 1 formation", §5 "un stagiaire abandonnant sa formation peut être remplacé": an intention of
     * several positions is fulfilled when every position is filled by a hire, not at the first; until then a trainee
     * who drops out may be replaced on it.
     */
    public static boolean fulfilled(int hires, int positions) {
        return hires >= positions;
    }

    /**
     * §6 one training body: an employer's written intention holds it for that training only while the commitment
     * lives — not once withdrawn or fulfilled, nor once its session ended, hire or not. (The register's queries in
     * {@code HiringIntentionRepository} say the same in SQL: status active and {@code session_ended_at} null.)
     */
    public static boolean holdsEmployer(IntentionStatus status, boolean sessionEnded) {
        return IntentionStatus.ACTIVE.contains(status) && !sessionEnded;
    }

    public static List<Violation> check(IntentionBody intention, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        IntentionBody.Employer employer = intention.employer();
        if (employer != null && InseeCommuneCode.isValid(employer.communeInsee())
                && employer.department() != null
                && !InseeCommuneCode.departmentOf(employer.communeInsee()).equals(employer.department())) {
            violations.add(new Violation("employer.commune_insee", "is not in the département given in employer.department"));
        }
        IntentionBody.Contract contract = intention.contract();
        if (contract != null && contract.type() == ContractType.CDD && contract.durationMonths() == null) {
            // §5: whether a CDD is a lasting job depends on its length.
            violations.add(new Violation("contract.duration_months", "is required for a CDD"));
        }
        IntentionBody.Target target = intention.target();
        if (target != null && isBlank(target.certificationCode()) && isBlank(target.skills())) {
            // §4: a certification (RNCP, block, RS) or skills outside any register.
            violations.add(new Violation("target", "must name a certification_code or skills"));
        }
        violations.addAll(proofDate(intention.proof(), today));
        List<InvolvementStep> steps = intention.involvementOrEmpty();
        if (steps.stream().distinct().count() < steps.size()) {
            violations.add(new Violation("employer_involvement", "lists a step twice"));
        }
        return violations;
    }

    /** §6 the written proof was received: not on a day still to come (at intake, and with the employer's choice of a body). */
    public static List<Violation> proofDate(IntentionBody.Proof proof, LocalDate today) {
        return proof != null && proof.receivedOn() != null && proof.receivedOn().isAfter(today)
                ? List.of(new Violation("proof.received_on", "cannot be in the future"))
                : List.of();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package fr.paysdelaloire.emploiformation.candidate;

import java.util.List;

import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleResult;
import fr.paysdelaloire.emploiformation.rules.Verdict;

/** The profile rules a validator checks before a candidate can fill a hiring intention. Plain Java. */
public final class CandidateRules {

    public static final String RESIDENCE = "RESIDENCE";
    public static final String EMPLOYMENT_STATUS = "EMPLOYMENT_STATUS";
    public static final String SIAE_CONTRACT = "SIAE_CONTRACT";
    public static final String BUSINESS_CREATION = "BUSINESS_CREATION";

    private CandidateRules() {
    }

    public static Evaluation evaluate(Situation situation, boolean businessCreationProject) {
        return Evaluation.of(List.of(
                // §5: the scheme is not reserved to job seekers of Pays de la Loire.
                RuleResult.pass(RESIDENCE, "Les demandeurs d'emploi d'autres régions peuvent intégrer le dispositif.", "§5"),
                employment(situation),
                siae(situation),
                business(businessCreationProject)), List.of());
    }

    // §13: the market is for job seekers; an employee cannot benefit from it.
    static RuleResult employment(Situation situation) {
        return situation == Situation.EMPLOYEE
                ? RuleResult.fail(EMPLOYMENT_STATUS, "Un salarié ne peut pas bénéficier du dispositif, réservé aux demandeurs "
                        + "d'emploi ; d'autres dispositifs (Parcours emploi formation, Parcours emploi tutorat) existent.", "§13")
                : RuleResult.pass(EMPLOYMENT_STATUS, "Le candidat est demandeur d'emploi.", "§13");
    }

    // §3: SIAE employees join at the end of their contract, once job seekers again.
    static RuleResult siae(Situation situation) {
        return switch (situation) {
            case SIAE_EMPLOYEE -> RuleResult.fail(SIAE_CONTRACT, "Un salarié de SIAE peut intégrer le dispositif à la fin de son "
                    + "contrat, lorsqu'il est de nouveau demandeur d'emploi.", "§3");
            case SIAE_EMPLOYEE_CONTRACT_ENDED -> RuleResult.pass(SIAE_CONTRACT,
                    "Le contrat en SIAE est terminé : le candidat est de nouveau demandeur d'emploi.", "§3");
            default -> RuleResult.pass(SIAE_CONTRACT, "Le candidat n'est pas salarié d'une SIAE.", "§3");
        };
    }

    // §5: people who plan to create their business find another funding, or the socle sessions.
    static RuleResult business(boolean project) {
        return project
                ? RuleResult.fail(BUSINESS_CREATION, "Un projet de création d'entreprise relève d'un autre financement ou des "
                        + "sessions de la commande socle : les stagiaires s'engagent à se salarier chez les employeurs partenaires.", "§5")
                : RuleResult.pass(BUSINESS_CREATION, "Le candidat vise un emploi salarié chez un employeur partenaire.", "§5");
    }
    /**
     * §5: validators (France Travail, Missions locales, Cap emploi) validate and position candidates; several may follow
     * the same person. One who registers a person already known by their France Travail identifier follows them when
     * the names match (letter case, accents and spacing aside); another name is a wrong identifier, not the same person.
     */
    public static boolean sameIdentity(String firstName, String lastName, String knownFirstName, String knownLastName) {
        return normalised(firstName).equals(normalised(knownFirstName)) && normalised(lastName).equals(normalised(knownLastName));
    }

    /**
     * §3, §13: a corrected situation (an SIAE contract that ended, an employee who became a job seeker) is evaluated
     * again when the candidate was already validated or refused; a candidate not yet validated waits for validation.
     */
    public static CandidateStatus statusAfterCorrection(CandidateStatus current, Verdict outcome) {
        if (current == CandidateStatus.CREATED) {
            return CandidateStatus.CREATED;
        }
        return outcome == Verdict.ELIGIBLE ? CandidateStatus.VALIDATED : CandidateStatus.REFUSED;
    }

    private static String normalised(String name) {
        String plain = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("[\\s'’-]+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

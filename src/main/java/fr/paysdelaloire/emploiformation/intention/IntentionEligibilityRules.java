package fr.paysdelaloire.emploiformation.intention;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import fr.paysdelaloire.emploiformation.reference.Territory;
import fr.paysdelaloire.emploiformation.rules.Advice;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleResult;

/**
 * Is a hiring intention eligible to open a Region-funded training path? Each rule of the scheme is
 * evaluated and explained (in French, for the employer), with the FAQ § it comes from; the verdict is
 * the worst outcome. Plain Java: the facts come in, the evaluation goes out.
 */
public final class IntentionEligibilityRules {

    public static final String CONTRACT_TYPE = "CONTRACT_TYPE";
    public static final String WEEKLY_HOURS = "WEEKLY_HOURS";
    public static final String EMPLOYER_LOCATION = "EMPLOYER_LOCATION";
    public static final String WRITTEN_PROOF = "WRITTEN_PROOF";
    public static final String ONE_TRAINING_BODY = "ONE_TRAINING_BODY";
    public static final String EMPLOYER_INVOLVEMENT = "EMPLOYER_INVOLVEMENT";

    /**
     * Where a rule comes from when the FAQ is silent: the Region's 2024 presentation of the scheme, which lists the
     * work-study contracts beside CDI and CDD of six months or more (the FAQ names alternance only as what may follow a
     * session, §5, §13).
     */
    public static final String REGION_PRESENTATION_2024 = "Présentation Région 2024";

    /** §5: a contract of six months is a lasting job. */
    public static final int DURABLE_CDD_MONTHS = 6;
    /** §6: the contract's weekly hours are at least 24. */
    public static final BigDecimal MINIMUM_WEEKLY_HOURS = BigDecimal.valueOf(24);

    /**
     * Where the employer stands for this training (§6: it may consult several bodies, but commits to one). Only an
     * intention with its written proof holds an employer; when two bodies hold written intentions of one employer
     * for the same training, the Region arbitrates rather than the first to write winning.
     */
    public enum Commitment {
        /** An open need (issue #21): no body chosen yet; the employer consults, and commits to one when it chooses (§6). */
        OPEN,
        /** No other body holds the employer for this training. */
        FREE,
        /** Another body holds a written intention of the employer for this training: the Region arbitrates. */
        CONTESTED,
        /** The Region arbitrated: the employer commits to this intention's body for this training. */
        ARBITRATED_FOR,
        /** The Region arbitrated for another body. */
        ARBITRATED_AGAINST
    }

    /**
     * What the rules look at. {@code wholeRegister} is false for a dry run, which weighs only the intentions its
     * caller may read (it must not tell a partner which employer committed to whom).
     */
    public record Facts(ContractType contractType, Integer durationMonths, BigDecimal weeklyHours,
            String employerDepartment, boolean writtenProof, Commitment commitment, boolean wholeRegister,
            Set<InvolvementStep> involvement) {
    }

    private IntentionEligibilityRules() {
    }

    public static Evaluation evaluate(Facts facts) {
        return Evaluation.of(
                List.of(contractType(facts), weeklyHours(facts), employerLocation(facts), writtenProof(facts),
                        oneTrainingBody(facts)),
                involvement(facts));
    }

    static RuleResult contractType(Facts facts) {
        return switch (facts.contractType()) {
            // §5: the Region aims at CDI and CDD of six months or more ("un emploi durable").
            case CDI -> RuleResult.pass(CONTRACT_TYPE, "Un CDI est un emploi durable : contrat éligible.", "§5");
            case CDD -> facts.durationMonths() != null && facts.durationMonths() >= DURABLE_CDD_MONTHS
                    ? RuleResult.pass(CONTRACT_TYPE,
                            "Un CDD de " + facts.durationMonths() + " mois (6 mois ou plus) est un emploi durable : contrat éligible.", "§5")
                    // §3, §8: shorter contracts (seasonal work) only after the Region's case-by-case analysis.
                    : RuleResult.derogation(CONTRACT_TYPE,
                            "Un CDD de moins de 6 mois n'est pas un emploi durable : la Région peut accorder une dérogation "
                                    + "après analyse, notamment pour l'emploi saisonnier.", "§3, §8");
            // §3: temporary work agencies may be partners; CDI intérimaire and CDPI are eligible.
            case CDI_INTERIMAIRE -> RuleResult.pass(CONTRACT_TYPE, "Le CDI intérimaire est éligible.", "§3");
            case CDPI -> RuleResult.pass(CONTRACT_TYPE,
                    "Le contrat de développement professionnel intérimaire (CDPI) est éligible.", "§3");
            // §3: ETTI contracts are among the accepted hiring intentions.
            case ETTI -> RuleResult.pass(CONTRACT_TYPE,
                    "Les contrats des entreprises de travail temporaire d'insertion (ETTI) sont acceptés.", "§3");
            // Not the FAQ: the Region's 2024 presentation of the scheme lists work-study contracts beside CDI and CDD ≥ 6 months.
            case APPRENTICESHIP, PROFESSIONALISATION -> RuleResult.pass(CONTRACT_TYPE,
                    "Un contrat en alternance (apprentissage ou professionnalisation) est éligible : la présentation du "
                            + "dispositif par la Région (2024) le cite à côté du CDI et du CDD de 6 mois ou plus.",
                    REGION_PRESENTATION_2024);
            // §3: sessions cannot lead to a contrat initiative emploi.
            case CIE -> RuleResult.fail(CONTRACT_TYPE,
                    "Le contrat initiative emploi (CIE) n'est pas éligible : une session ne peut pas déboucher sur ce contrat.", "§3");
            // §3: a session cannot lead to a job inside an SIAE.
            case SIAE_INSERTION -> RuleResult.fail(CONTRACT_TYPE,
                    "Un emploi au sein d'une structure d'insertion par l'activité économique (SIAE) n'est pas éligible.", "§3");
        };
    }

    // §6: weekly hours of 24 or more; fewer only case by case (e.g. workers with a recognised disability).
    static RuleResult weeklyHours(Facts facts) {
        return facts.weeklyHours().compareTo(MINIMUM_WEEKLY_HOURS) >= 0
                ? RuleResult.pass(WEEKLY_HOURS, "Le contrat compte au moins 24 heures par semaine.", "§6")
                : RuleResult.derogation(WEEKLY_HOURS,
                        "Le contrat compte moins de 24 heures par semaine : une adaptation est possible au cas par cas, "
                                + "par exemple pour un bénéficiaire de l'obligation d'emploi.", "§6");
    }

    // §1: the scheme serves employers of Pays de la Loire first; elsewhere only by derogation.
    static RuleResult employerLocation(Facts facts) {
        return Territory.isRegional(facts.employerDepartment())
                ? RuleResult.pass(EMPLOYER_LOCATION, "L'employeur est situé en Pays de la Loire.", "§1")
                : RuleResult.derogation(EMPLOYER_LOCATION,
                        "L'employeur n'est pas situé en Pays de la Loire : une dérogation peut être étudiée (lot de portée "
                                + "suprarégionale, ou territoire frontalier du même bassin d'emploi).", "§1");
    }

    // §6: the intention is made in writing (letter, e-mail) to the training body; no template. §1: a validator that raises
    // a need vouches for the employer named; the writing to the body comes with the employer's choice of one.
    static RuleResult writtenProof(Facts facts) {
        if (!facts.writtenProof() && facts.commitment() == Commitment.OPEN) {
            return RuleResult.pass(WRITTEN_PROOF, "Besoin ouvert : l'employeur remettra son intention écrite à l'organisme qu'il "
                    + "choisira ; elle est jointe quand ce choix est enregistré (un valideur qui remonte le besoin se porte "
                    + "garant de l'employeur).", "§1, §6");
        }
        return facts.writtenProof()
                ? RuleResult.pass(WRITTEN_PROOF, "L'intention d'embauche est attestée par écrit.", "§6")
                : RuleResult.fail(WRITTEN_PROOF,
                        "L'intention d'embauche doit être transmise par écrit (courrier, courriel) : elle n'est pas éligible "
                                + "tant que cette preuve n'est pas fournie.", "§6");
    }

    // §6: an employer may consult several bodies, but commits to only one for the same training; the Region arbitrates.
    static RuleResult oneTrainingBody(Facts facts) {
        return switch (facts.commitment()) {
            case OPEN -> RuleResult.pass(ONE_TRAINING_BODY, "Besoin ouvert : aucun organisme n'est encore choisi. L'employeur peut "
                    + "consulter plusieurs organismes, mais ne s'engagera qu'auprès d'un seul pour cette formation : la règle "
                    + "s'applique quand son choix est enregistré.", "§6");
            case FREE -> RuleResult.pass(ONE_TRAINING_BODY, facts.wholeRegister()
                    ? "L'employeur n'est engagé auprès d'aucun autre organisme pour cette formation."
                    : "Aucun engagement de l'employeur auprès d'un autre organisme pour cette formation parmi les intentions "
                            + "que vous pouvez consulter ; à l'enregistrement, un conflit d'engagement est soumis à l'arbitrage "
                            + "de la Région.", "§6");
            case CONTESTED -> RuleResult.derogation(ONE_TRAINING_BODY,
                    "L'employeur a déjà remis à un autre organisme une intention écrite pour cette formation ; il ne peut "
                            + "s'engager qu'auprès d'un seul : la Région arbitre entre les deux engagements.", "§6");
            case ARBITRATED_FOR -> RuleResult.pass(ONE_TRAINING_BODY,
                    "La Région a arbitré : l'employeur s'engage auprès de cet organisme pour cette formation.", "§6");
            case ARBITRATED_AGAINST -> RuleResult.fail(ONE_TRAINING_BODY,
                    "La Région a arbitré en faveur d'un autre organisme : l'employeur ne s'engage qu'auprès d'un seul "
                            + "organisme pour cette formation.", "§6");
        };
    }

    // §6: "a minima à accueillir le demandeur d'emploi en stage" — an immersion step; without it the intention stays acceptable.
    public static boolean hostsTheJobSeeker(java.util.Collection<InvolvementStep> involvement) {
        return involvement.contains(InvolvementStep.IMMERSION);
    }

    // §6: at the very least the employer hosts the job seeker for an immersion — not blocking, to secure.
    static List<Advice> involvement(Facts facts) {
        return hostsTheJobSeeker(facts.involvement())
                ? List.of()
                : List.of(new Advice(EMPLOYER_INVOLVEMENT,
                        "L'employeur devrait au minimum accueillir le candidat en immersion (stage) dès le recrutement : "
                                + "à sécuriser avec lui.", "§6"));
    }
}

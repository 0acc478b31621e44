package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.Set;

import fr.paysdelaloire.emploiformation.reference.GroupementRole;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.reference.Territory;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleResult;

/**
 * The rules of a session request, evaluated on submission and on authorisation. Plain Java: facts in,
 * an evaluation out, each rule with its FAQ §.
 */
public final class SessionRequestRules {

    public static final String PLACES = "PLACES";
    public static final String GROUP_SIZE = "GROUP_SIZE";
    public static final String SECTOR = "SECTOR";
    public static final String TERRITORY = "TERRITORY";
    public static final String SUBMITTER = "SUBMITTER";
    public static final String INTENTIONS = "INTENTIONS";

    /** §5, §7: a session opens with five trainees or more. */
    public static final int MINIMUM_GROUP = 5;

    /**
     * §9: a withdrawn approval stops a subcontractor's new requests, not a session the Region already authorised: the
     * statuses in which the SUBMITTER rule holds whatever became of the approval since.
     */
    public static final Set<SessionStatus> AUTHORISED_ONCE = java.util.EnumSet.of(SessionStatus.AUTHORISED, SessionStatus.STARTED,
            SessionStatus.COMPLETED);

    /**
     * How the submitter stands in the lot's groupement; {@code role} is null for a body outside it. A subcontractor's
     * {@code approvalId} names the mandataire's approval (live, or the last one, withdrawn); {@code decided}: the Region
     * authorised the request (its session runs whatever becomes of the approval since).
     */
    public record Submitter(GroupementRole role, boolean approvedByMandataire, boolean region, java.util.UUID approvalId,
            boolean decided) {

        public Submitter(GroupementRole role, boolean approvedByMandataire, boolean region) {
            this(role, approvedByMandataire, region, null, false);
        }
    }

    /** The attached intentions, counted. */
    public record Intentions(int attached, int committed, int committedPositions, int awaitingDerogation, int ineligible) {
    }

    public record Facts(SessionKind kind, int places, Intentions intentions, Sector lotSector, Sector trainingSector,
            Set<String> lotDepartments, Set<String> locationDepartments, Submitter submitter, boolean completesExistingGroup,
            boolean permanentEntry, String financialBalance) {

        /**
         * The trainees the group counts (§5): its places, and once employers withdrew, only the places their remaining
         * intentions still commit (a socle session: its places).
         */
        public int group() {
            return kind == SessionKind.SOCLE ? places : Math.min(places, intentions.committedPositions());
        }
    }

    private SessionRequestRules() {
    }

    /** §9: a session is run by the training body that submitted it and by the lot's mandataire, whoever submitted. */
    public static boolean runBy(String siret, String submitterSiret, String mandataireSiret) {
        return siret != null && (siret.equals(submitterSiret) || siret.equals(mandataireSiret));
    }

    /**
     * §9: a co-traitant deals with the Region directly, informing its mandataire beforehand. What a training body does
     * on a request — submit, withdraw, start, complete, cancel — is the submitter's own; the lot's mandataire reads the
     * request and is informed, but does not act in the co-traitant's place.
     */
    public static boolean submitterActs(SessionTransition transition) {
        return switch (transition) {
            case SUBMIT, WITHDRAW, START, COMPLETE, CANCEL -> true;
            case START_REVIEW, REQUEST_INFORMATION, AUTHORISE, REJECT -> false;
        };
    }

    /**
     * §6: when the employer does not validate the candidates in time, "organisme et employeur pourront s'accorder sur
     * un nouveau calendrier, en lien avec les autres employeurs engagés sur la même session": a new calendar is for an
     * authorised session not yet started, agreed with every engaged employer. Null when it may be proposed, else why not.
     */
    public static String calendarRefusal(SessionStatus status, boolean employersAgreed) {
        if (status != SessionStatus.AUTHORISED) {
            return "A new calendar is proposed for an authorised session not yet started (§6); this one is " + status;
        }
        if (!employersAgreed) {
            return "Every employer engaged on the session must agree to the new calendar (§6)";
        }
        return null;
    }

    public static Evaluation evaluate(Facts facts) {
        return Evaluation.of(List.of(places(facts), groupSize(facts), sector(facts), territory(facts), submitter(facts),
                intentions(facts)), List.of());
    }

    // §9: as many paths are ordered as there are hiring intentions; §6: no pool of trainees.
    static RuleResult places(Facts facts) {
        if (facts.kind() == SessionKind.SOCLE) {
            return RuleResult.pass(PLACES, "Commande socle de la Région : les places ne dépendent pas d'intentions d'embauche.", "§10");
        }
        int committed = facts.intentions().committedPositions();
        return facts.places() <= committed && facts.places() > 0
                ? RuleResult.pass(PLACES, "Les " + facts.places() + " places demandées sont couvertes par " + committed
                        + " poste(s) engagé(s) par des intentions d'embauche éligibles.", "§9")
                : RuleResult.fail(PLACES, "Les places demandées (" + facts.places() + ") dépassent les postes engagés par les "
                        + "intentions d'embauche éligibles (" + committed + ") : autant de parcours que d'intentions d'embauche, "
                        + "pas de vivier de stagiaires.", "§9, §6");
    }

    // §5: five trainees or more; fewer when completing an existing group, with permanent entry and one intention, or
    // when the body declares it finds its financial balance ("la Région ne voit pas d'inconvénient"): no derogation.
    static RuleResult groupSize(Facts facts) {
        if (facts.kind() == SessionKind.SOCLE) {
            return RuleResult.pass(GROUP_SIZE, "Commande socle de la Région : le cadre du lot s'applique, pas le seuil du "
                    + "dispositif 1 emploi = 1 formation.", "§10");
        }
        int group = facts.group();
        if (group >= MINIMUM_GROUP) {
            return RuleResult.pass(GROUP_SIZE, "Le groupe compte au moins cinq stagiaires.", "§5, §7");
        }
        if (facts.completesExistingGroup()) {
            return RuleResult.pass(GROUP_SIZE, "La session complète un groupe existant (apprentis par exemple) : pas de seuil.", "§5");
        }
        if (facts.permanentEntry() && facts.intentions().committed() >= 1) {
            return RuleResult.pass(GROUP_SIZE,
                    "En entrées et sorties permanentes, un stagiaire avec une intention d'embauche suffit.", "§5");
        }
        if (facts.financialBalance() != null && !facts.financialBalance().isBlank()) {
            return RuleResult.pass(GROUP_SIZE, "Groupe de " + group + " stagiaire(s) : l'organisme déclare y trouver son "
                    + "équilibre financier — « " + facts.financialBalance().strip() + " ».", "§5");
        }
        return RuleResult.fail(GROUP_SIZE, "Le groupe compte " + group + " stagiaire(s), moins de cinq : la Région l'accepte si "
                + "l'organisme y trouve son équilibre financier ; déclarez-le avec une courte justification (financial_balance).", "§5");
    }

    // §2: the training belongs to the lot's sector; no derogation.
    static RuleResult sector(Facts facts) {
        return facts.trainingSector() == facts.lotSector()
                ? RuleResult.pass(SECTOR, "La formation relève de la filière du lot.", "§2")
                : RuleResult.fail(SECTOR, "La formation (" + facts.trainingSector() + ") ne relève pas de la filière du lot ("
                        + facts.lotSector() + ") : la filière professionnelle du lot doit être respectée.", "§2");
    }

    // §2: another territory than the lot's is studied by the Region.
    static RuleResult territory(Facts facts) {
        if (facts.kind() == SessionKind.SOCLE) {
            return RuleResult.pass(TERRITORY, "Commande socle de la Région : le cadre du lot s'applique.", "§10");
        }
        boolean inside = facts.locationDepartments().stream().allMatch(d -> Territory.covers(facts.lotDepartments(), d));
        return inside
                ? RuleResult.pass(TERRITORY, "Les lieux de formation sont sur le territoire du lot.", "§2")
                : RuleResult.derogation(TERRITORY, "Un lieu de formation est hors du territoire du lot : la Région étudie la "
                        + "demande.", "§2");
    }

    // §2, §9: a member of the groupement, or a subcontractor the mandataire approved beforehand.
    static RuleResult submitter(Facts facts) {
        Submitter submitter = facts.submitter();
        if (submitter.region()) {
            return RuleResult.pass(SUBMITTER, "Session créée par la Région.", "§10");
        }
        if (submitter.role() == GroupementRole.MANDATAIRE || submitter.role() == GroupementRole.CO_TRAITANT) {
            return RuleResult.pass(SUBMITTER, "L'organisme est membre du groupement du lot.", "§9");
        }
        if (submitter.role() == GroupementRole.SOUS_TRAITANT) {
            String approval = submitter.approvalId() == null ? "" : " (accord " + submitter.approvalId() + ")";
            if (submitter.approvedByMandataire()) {
                return RuleResult.pass(SUBMITTER, "Sous-traitant entré avec l'accord préalable du mandataire" + approval + ".", "§2, §9");
            }
            // §9: the mandataire decides the entry; its withdrawal stops new requests, not a session already authorised
            return submitter.decided()
                    ? RuleResult.pass(SUBMITTER, "Session autorisée sous l'accord du mandataire, retiré depuis" + approval
                            + " : elle va à son terme ; le sous-traitant ne peut plus déposer de nouvelle demande.", "§2, §9")
                    : RuleResult.fail(SUBMITTER, "Le sous-traitant n'a pas, ou plus, l'accord préalable du mandataire" + approval
                            + ".", "§2, §9");
        }
        return RuleResult.fail(SUBMITTER, "L'organisme n'est ni membre du groupement du lot ni sous-traitant agréé par le "
                + "mandataire.", "§2, §9");
    }

    // §6, §9: the intentions behind the session are eligible, or their derogation granted.
    static RuleResult intentions(Facts facts) {
        if (facts.kind() == SessionKind.SOCLE) {
            return RuleResult.pass(INTENTIONS, "Commande socle : aucune intention d'embauche n'est requise.", "§10");
        }
        Intentions intentions = facts.intentions();
        if (intentions.committed() == 0) {
            return RuleResult.fail(INTENTIONS, "Aucune intention d'embauche éligible n'est rattachée à la demande.", "§6, §9");
        }
        if (intentions.ineligible() > 0) {
            return RuleResult.fail(INTENTIONS, intentions.ineligible() + " intention(s) rattachée(s) ne sont pas éligibles.", "§6");
        }
        if (intentions.awaitingDerogation() > 0) {
            return RuleResult.derogation(INTENTIONS, intentions.awaitingDerogation()
                    + " intention(s) attendent une dérogation de la Région.", "§6");
        }
        return RuleResult.pass(INTENTIONS, "Toutes les intentions d'embauche rattachées sont éligibles.", "§6, §9");
    }
}

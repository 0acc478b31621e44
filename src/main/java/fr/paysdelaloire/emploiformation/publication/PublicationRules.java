package fr.paysdelaloire.emploiformation.publication;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.paysdelaloire.emploiformation.intention.IntentionLedger;

import fr.paysdelaloire.emploiformation.session.SessionKind;
import fr.paysdelaloire.emploiformation.session.SessionStatus;

/** What may be shown to the public and to validators (FAQ §10). Plain Java. */
public final class PublicationRules {

    /**
     * §10: only sessions the Region authorised (socle sessions are authorised from the start), shown as they
     * are authorised, and while they run; never a draft or a request under instruction.
     */
    public static final Set<SessionStatus> PUBLISHABLE = EnumSet.of(SessionStatus.AUTHORISED, SessionStatus.STARTED);

    private PublicationRules() {
    }

    public static boolean publishable(SessionStatus status) {
        return PUBLISHABLE.contains(status);
    }

    /**
     * §10: only sessions "bénéficiant d'intentions d'embauche" are published (socle sessions aside): one whose employers
     * all withdrew is not published while the Region has not decided what becomes of it (§6, issue #19).
     */
    public static boolean publishable(SessionStatus status, SessionKind kind, int liveIntentions, boolean awaitingWithdrawalDecision) {
        return publishable(status) && (kind == SessionKind.SOCLE || liveIntentions > 0 || !awaitingWithdrawalDecision);
    }

    /**
     * §1: when the training is elsewhere than the jobs, "informer clairement [les stagiaires] sur la localisation des
     * postes visés": the employers' places of work behind a session, by commune, with the positions offered there,
     * sorted by département then commune (no employer named: a place, not a contact, §10).
     */
    public static List<PublishedSession.JobLocation> jobLocations(Collection<IntentionLedger.Summary> liveIntentions) {
        Map<String, PublishedSession.JobLocation> byCommune = new TreeMap<>();
        for (IntentionLedger.Summary intention : liveIntentions) {
            byCommune.merge(intention.employerDepartment() + " " + intention.employerCommuneInsee(),
                    new PublishedSession.JobLocation(intention.employerCommuneInsee(), intention.employerDepartment(), intention.positions()),
                    (a, b) -> new PublishedSession.JobLocation(a.communeInsee(), a.department(), a.positions() + b.positions()));
        }
        return List.copyOf(byCommune.values());
    }

    /** Places still to fill: the funded places less the paths that fill them. */
    public static int placesLeft(int places, long filled) {
        return (int) Math.max(0, places - filled);
    }
}

package fr.paysdelaloire.emploiformation.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.derogation.DerogationLedger;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.intention.IntentionWithdrawn;
import fr.paysdelaloire.emploiformation.reference.LotHandedOver;

/**
 * What happens to session requests because of something else: an employer withdraws (§6), the lot changes hands (§9),
 * the facts a derogation was about change. Each runs in the transaction of its cause, the request's history saying so.
 */
@ApplicationScoped
public class SessionFollowUps {

    @Inject
    SessionRequestRepository requests;

    @Inject
    SessionHistoryRepository history;

    @Inject
    SessionEvaluator evaluator;

    @Inject
    SessionEvents events;

    @Inject
    PurchaseOrderService orders;

    @Inject
    DerogationLedger derogations;

    @Inject
    SessionReviewService reviews;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Event<SessionChanged> changes;

    /**
     * An employer withdrew (§6). Authorised and not started: the Region analyses the situation with the body, the places
     * staying until it decides (a review in its queue). Started: the session goes to its end, no path changes, and the
     * body may ask for extra hours to complete the paths (§6, §7). Before the authorisation: the places follow what the
     * intentions still commit (§9).
     */
    void onIntentionWithdrawn(@Observes IntentionWithdrawn withdrawn) {
        requests.findByIntention(withdrawn.intentionId()).ifPresent(request -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (SessionReviewRules.withdrawalIsAnalysed(request.status)) {
                reviews.withdrawalOpened(request, withdrawn.intentionId(), withdrawn.positions(), withdrawn.actor(), now);
                changes.fire(new SessionChanged(request.id));
            } else if (request.status == SessionStatus.STARTED) {
                history.record(request.id, request.status, request.status, withdrawn.actor(), now,
                        "Désistement d'un employeur (intention " + withdrawn.intentionId()
                                + ") : la session démarrée va à son terme, les parcours restent ; l'organisme peut demander "
                                + "des heures complémentaires pour compléter les parcours (§6, §7)");
            } else if (SessionStatus.BEFORE_START.contains(request.status)) {
                int before = request.places;
                request.places = Math.min(request.places, evaluator.committedPositions(request));
                if (request.evaluation != null) {
                    request.evaluation = json.write(evaluator.evaluate(request));
                }
                lapseChangedDerogations(request, withdrawn.actor(), "Les places ont changé après le désistement d'un employeur");
                request.updatedAt = now;
                history.record(request.id, request.status, request.status, withdrawn.actor(), now,
                        "Désistement d'un employeur (intention " + withdrawn.intentionId() + ") : places " + before + " → "
                                + request.places + " (§6, §9)");
                changes.fire(new SessionChanged(request.id));
            }
        });
    }

    /**
     * The lot changed hands (§9: the mandataire receives the orders and sees its groupement's requests): the lot's
     * requests and orders pass to the new mandataire, in the lot's transaction, each request's history saying so. The
     * former mandataire keeps only what it submitted itself; it no longer sees the others, nor their orders and paths.
     */
    void onLotHandedOver(@Observes LotHandedOver handover) {
        List<SessionRequest> moved = requests.list("lotCode = ?1 and mandataireSiret = ?2", handover.lotCode(),
                handover.formerMandataireSiret());
        for (SessionRequest request : moved) {
            request.mandataireSiret = handover.mandataireSiret();
            request.updatedAt = handover.at();
            history.record(request.id, request.status, request.status, handover.actor(), handover.at(), "Le lot " + handover.lotCode()
                    + " change de mandataire : " + handover.formerMandataireSiret() + " → " + handover.mandataireSiret() + " (§9)");
        }
        orders.handOver(handover.lotCode(), handover.formerMandataireSiret(), handover.mandataireSiret());
        requests.flush();
        moved.forEach(request -> changes.fire(new SessionChanged(request.id)));
    }

    /**
     * A derogation asked for or granted on other facts (a group of another size, places of training elsewhere) counts
     * no more (issue #17): it lapses, the history says so, the readers are told, and the rules are evaluated again
     * without it.
     */
    void lapseChangedDerogations(SessionRequest request, String actor, String why) {
        List<DerogationLedger.Lapsed> lapsed = derogations.lapseChanged(SubjectType.SESSION_REQUEST, request.id,
                rule -> SessionDerogationSubject.facts(rule, request, json), why);
        if (lapsed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (DerogationLedger.Lapsed derogation : lapsed) {
            history.record(request.id, request.status, request.status, actor, now, "Dérogation " + derogation.rule() + " ("
                    + derogation.id() + ") caduque : " + why + " ; les règles sont évaluées sans elle");
            events.derogationLapsed(request, derogation.id(), derogation.rule());
        }
        if (request.evaluation != null) {
            requests.flush();
            request.evaluation = json.write(evaluator.evaluate(request).withLapsed(DerogationLedger.byRule(lapsed)));
        }
    }
}

package fr.paysdelaloire.emploiformation.session;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.ETags;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.security.Roles;

/**
 * Who may read and change a session request: the one place that decides it. The Region sees everything; a training
 * body the requests it runs — those it submitted, and, as the lot's mandataire, its groupement's (§9) — and nobody
 * else: 404, as for one that does not exist. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SessionAccess {

    @Inject
    Caller caller;

    @Inject
    SessionRequestRepository requests;

    boolean mayRead(SessionRequest request) {
        return caller.isRegion() || request.runBy(caller.orgSiret().orElse(null));
    }

    /** Whom the partners' events about a request go to, as {@link #mayRead}: its submitter and the lot's mandataire. */
    static Set<String> readers(SessionRequest request) {
        Set<String> readers = new TreeSet<>();
        readers.add(Organisation.trainingBody(request.submitterSiret).toString());
        readers.add(Organisation.trainingBody(request.mandataireSiret).toString()); // the same body when the mandataire submitted
        return readers;
    }

    /** The request, or 404 for what the caller may not read. */
    SessionRequest visible(UUID id) {
        return requests.findByIdOptional(id).filter(this::mayRead).orElseThrow(() -> ApiProblem.notFound("Session request " + id));
    }

    /** The request locked for a change, or 404 for what the caller may not read. */
    SessionRequest writable(UUID id) {
        return requests.findForUpdate(id).filter(this::mayRead).orElseThrow(() -> ApiProblem.notFound("Session request " + id));
    }

    /** A change needs the ETag the caller read: 428 without it, 412 when it is stale. */
    static void precondition(SessionRequest request, String ifMatch) {
        ETags.requireCurrent(ifMatch, request.version, "session request", SessionRequestResource.PATH + "/" + request.id);
    }

    /** Drafting, changing, and the transitions {@link SessionRequestRules#submitterActs} names are the submitter's own (403 for the lot's mandataire). */
    void submitterOnly(SessionRequest request, String what) {
        if (caller.hasRole(Roles.TRAINING_BODY) && !caller.orgSiret().map(request.submitterSiret::equals).orElse(false)) {
            throw ApiProblem.forbidden("Only the training body that made the request " + what + " it");
        }
    }

    /** The requests a list shows: all for the Region (null), those a training body runs. */
    String listedFor() {
        return caller.isRegion() ? null : caller.orgSiret().orElseThrow(() -> ApiProblem.forbidden("no organisation"));
    }
}

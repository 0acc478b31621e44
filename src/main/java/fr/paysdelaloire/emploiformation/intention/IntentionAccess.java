package fr.paysdelaloire.emploiformation.intention;

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
 * Who may read, change and be told of a hiring intention: the one place that decides it. The Region reads everything;
 * otherwise an intention is read by its sender (a platform, a training body, or a validator that raised a need from the
 * BMO survey, §1, issue #21) and by the training body it names (§6: the body the employer committed to). An open need
 * (no body yet) is shown to the bodies of the lots covering it through {@code OpenNeedReads}, not here. What a caller
 * may not read answers 404, as an unknown id.
 */
@ApplicationScoped
public class IntentionAccess {

    /** The roles of the read operations (one, the list, the search, the history). */
    public static final Set<String> READER_ROLES = Set.of(Roles.EMPLOYER_PLATFORM, Roles.TRAINING_BODY, Roles.VALIDATOR,
            Roles.REGION_OFFICER);

    @Inject
    Caller caller;

    @Inject
    HiringIntentionRepository intentions;

    /** Does this organisation (other than the Region) read the intention. */
    static boolean reads(Organisation organisation, HiringIntention intention) {
        return READER_ROLES.contains(organisation.role()) && organisation.toString().equals(intention.sender)
                || organisation.isTrainingBody(intention.trainingBodySiret);
    }

    /** Whom the partners' events about an intention go to: the organisations that read it, besides the Region. */
    static Set<String> readers(HiringIntention intention) {
        Set<String> readers = new TreeSet<>();
        Organisation sender = Organisation.of(intention.sender);
        if (reads(sender, intention)) {
            readers.add(intention.sender);
        }
        if (intention.trainingBodySiret != null) {
            readers.add(Organisation.trainingBody(intention.trainingBodySiret).toString());
        }
        return readers;
    }

    boolean mayRead(HiringIntention intention) {
        return caller.isRegion() || caller.organisation().map(Organisation::of).map(o -> reads(o, intention)).orElse(false);
    }

    /** The intention, or 404 for what the caller may not read. */
    HiringIntention visible(UUID id) {
        return intentions.findByIdOptional(id).filter(this::mayRead).orElseThrow(() -> ApiProblem.notFound("Hiring intention " + id));
    }

    /** The intention locked for a change by a reader or its sender (a validator changes what it sent), or 404. */
    HiringIntention writable(UUID id) {
        return intentions.findForUpdate(id).filter(i -> mayRead(i) || i.sender.equals(caller.organisation().orElse("")))
                .orElseThrow(() -> ApiProblem.notFound("Hiring intention " + id));
    }

    /** Correcting is the sender's own (403 for the training body it names). */
    void senderOnly(HiringIntention intention, String sender) {
        if (!intention.sender.equals(sender)) {
            throw ApiProblem.forbidden("Only the sender of a hiring intention corrects it");
        }
    }

    /**
     * A training body records the intentions made to it, not those made to another body nor open needs (403): a need
     * with no body yet comes from a platform or a validator (§1).
     */
    static void maySend(String sender, IntentionBody intention) {
        Organisation from = Organisation.of(sender);
        if (from.is(Roles.TRAINING_BODY) && !from.isTrainingBody(intention.trainingBodySiret())) {
            throw ApiProblem.forbidden("A training body records the intentions made to it: training_body_siret must be your SIRET");
        }
    }

    /** What the caller's lists show and its dry runs weigh: everything for the Region; otherwise what it sent or what names it. */
    HiringIntentionRepository.Scope scope() {
        if (caller.isRegion()) {
            return new HiringIntentionRepository.Scope(true, null, null);
        }
        return new HiringIntentionRepository.Scope(false, caller.requireOrganisation(), caller.orgSiret().orElse(null));
    }

    /** A change needs the ETag the caller read: 428 without it, 412 when it is stale. */
    static void precondition(HiringIntention intention, String ifMatch) {
        ETags.requireCurrent(ifMatch, intention.version, "hiring intention", IntentionResource.PATH + "/" + intention.id);
    }
}

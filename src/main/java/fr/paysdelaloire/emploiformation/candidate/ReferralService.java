package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Paging;
import fr.paysdelaloire.emploiformation.api.QueryParams;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;
import fr.paysdelaloire.emploiformation.session.SessionStatus;
import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

/**
 * ReferralService (*orientations*, FAQ §5): the validator that handles a validated candidate refers them to a training body
 * or to one of its authorised sessions; the body then reads and positions them. Who sees what: the validator its own
 * referrals, the body those naming it, the Region all.
 */
@ApplicationScoped
public class ReferralService {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    ReferralRepository referrals;

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess access;

    @Inject
    CandidateAudit audit;

    @Inject
    SessionDirectory sessions;

    @Inject
    GroupementDirectory groupements;

    @Inject
    CandidateConfig config;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Outbox outbox;

    /** The validator handling the candidate refers them; the same open referral again answers 200 with it. */
    public Representation<ReferralResponse> refer(UUID candidateId, ReferralBody request) {
        String validator = caller.requireOrganisation();
        List<Violation> violations = validation.violations(request);
        if (request != null && (request.trainingBodySiret() == null) == (request.sessionRequestId() == null)) {
            violations.add(new Violation("body", "name either training_body_siret or session_request_id, not both"));
        }
        BodyValidator.refuseIfAny(violations);
        return Retries.inTransaction(() -> {
            Candidate candidate = candidates.findForUpdate(candidateId).filter(access::handledByCallingValidator)
                    .orElseThrow(() -> ApiProblem.notFound("Candidate " + candidateId));
            if (candidate.status != CandidateStatus.VALIDATED) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "Only a validated candidate is referred (FAQ §5): validate the "
                        + "profile first (POST /candidates/{id}/validate)");
            }
            String body = request.trainingBodySiret();
            if (request.sessionRequestId() != null) {
                SessionDirectory.SessionFacts session = sessions.find(request.sessionRequestId())
                        .filter(s -> s.status() == SessionStatus.AUTHORISED || s.status() == SessionStatus.STARTED)
                        .orElseThrow(() -> ApiProblem.notFound("Session request " + request.sessionRequestId()));
                body = session.submitterSiret();
            } else if (groupements.body(body).isEmpty()) {
                throw ApiProblem.invalid("training_body_siret", "is not a training body of the Region's market (GET /api/v1/lots)");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            var existing = referrals.openTo(candidate.id, validator, body, request.sessionRequestId());
            if (existing.isPresent() && existing.get().openAt(now)) {
                return answer(false, existing.get(), now);
            }
            existing.ifPresent(expired -> {
                expired.status = Referral.Status.CLOSED;
                expired.closedAt = expired.expiresAt;
                referrals.flush();
            });
            Referral referral = new Referral();
            referral.id = UUID.randomUUID();
            referral.candidateId = candidate.id;
            referral.validator = validator;
            referral.trainingBodySiret = body;
            referral.sessionRequestId = request.sessionRequestId();
            referral.status = Referral.Status.OPEN;
            referral.createdAt = now;
            referral.expiresAt = now.plus(config.referralValidity());
            referrals.persist(referral);
            referrals.flush();
            audit.record(candidate.id, validator, CandidateAudit.Action.REFER);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referral_id", referral.id);
            data.put("session_request_id", referral.sessionRequestId);
            data.put("expires_at", referral.expiresAt);
            TreeSet<String> readers = new TreeSet<>();
            readers.add(Organisation.trainingBody(body).toString());
            if (referral.sessionRequestId != null) {
                sessions.find(referral.sessionRequestId).ifPresent(s -> readers.add(Organisation.trainingBody(s.mandataireSiret()).toString()));
            }
            outbox.publish(EventType.CANDIDATE_REFERRED, candidate.id, data, readers);
            return answer(true, referral, now);
        });
    }

    /** The validator that made it takes it back. */
    public Representation<ReferralResponse> withdraw(UUID candidateId, UUID referralId) {
        String validator = caller.requireOrganisation();
        return Retries.inTransaction(() -> {
            Referral referral = referrals.findByIdOptional(referralId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .filter(r -> r.candidateId.equals(candidateId) && r.validator.equals(validator))
                    .orElseThrow(() -> ApiProblem.notFound("Referral " + referralId));
            if (referral.status != Referral.Status.OPEN) {
                throw ApiProblem.conflict("This referral is " + referral.status + ": there is nothing to withdraw");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            referral.status = Referral.Status.WITHDRAWN;
            referral.closedAt = now;
            referrals.flush();
            return answer(false, referral, now);
        });
    }

    /** One referral: for the Region, the validator that made it and the body it names. */
    @Transactional
    public ReferralResponse get(UUID id) {
        Referral referral = referrals.findByIdOptional(id).filter(r -> caller.isRegion()
                || r.validator.equals(caller.organisation().orElse(""))
                || r.trainingBodySiret.equals(caller.orgSiret().orElse(null)))
                .orElseThrow(() -> ApiProblem.notFound("Referral " + id));
        return ReferralResponse.of(referral, OffsetDateTime.now(clock));
    }

    /** A candidate's referrals: all for the Region and the validator handling them; a body those naming it. */
    @Transactional
    public List<ReferralResponse> ofCandidate(UUID candidateId) {
        Candidate candidate = candidates.findByIdOptional(candidateId).filter(access::mayRead)
                .orElseThrow(() -> ApiProblem.notFound("Candidate " + candidateId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean everything = caller.isRegion() || access.handledByCallingValidator(candidate);
        String siret = caller.orgSiret().orElse(null);
        return referrals.ofCandidate(candidate.id).stream().filter(r -> everything || r.trainingBodySiret.equals(siret))
                .map(r -> ReferralResponse.of(r, now)).toList();
    }

    /** The referrals a validator made, those naming a training body, or all for the Region; newest first. */
    @Transactional
    public ReferralResponse.Page list(String status, Integer page, Integer size) {
        QueryParams query = new QueryParams();
        Referral.Status filter = query.oneOf("status", status, Referral.Status.class);
        Paging paging = query.paging(page, size, MAX_PAGE_SIZE);
        query.done();
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        if (!caller.isRegion()) {
            if (caller.hasRole(Roles.VALIDATOR)) {
                where.append(" and validator = :who");
                parameters.and("who", caller.requireOrganisation());
            } else {
                where.append(" and trainingBodySiret = :who");
                parameters.and("who", caller.orgSiret().orElseThrow(() -> ApiProblem.forbidden("no organisation")));
            }
        }
        if (filter != null) {
            where.append(" and status = :status");
            parameters.and("status", filter);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ReferralResponse> items = referrals.find(where + " order by createdAt desc, id", parameters)
                .page(paging.page(), paging.size() + 1).list().stream().map(r -> ReferralResponse.of(r, now)).toList();
        boolean more = items.size() > paging.size();
        return new ReferralResponse.Page(more ? items.subList(0, paging.size()) : items, paging.page(), paging.size(),
                more ? ReferralResource.PATH + "?page=" + (paging.page() + 1) + "&size=" + paging.size() + (status == null ? "" : "&status=" + status)
                        : null);
    }

    /**
     * A path was made for the candidate: the open referral it answers (to this session, or to a body running it) is
     * USED, the others CLOSED — the candidate is placed (one active path at a time).
     */
    void settle(UUID candidateId, TrainingPath path, SessionDirectory.SessionFacts session, OffsetDateTime now) {
        for (Referral referral : referrals.openForUpdate(candidateId)) {
            boolean answered = referral.sessionRequestId == null ? session.runBy(referral.trainingBodySiret)
                    : referral.sessionRequestId.equals(session.id());
            referral.status = answered ? Referral.Status.USED : Referral.Status.CLOSED;
            referral.pathId = answered ? path.id : null;
            referral.closedAt = now;
        }
    }

    private Representation<ReferralResponse> answer(boolean created, Referral referral, OffsetDateTime now) {
        return new Representation<>(ReferralResponse.of(referral, now), ReferralResource.PATH + "/" + referral.id, null, created, null);
    }
}

package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Paging;
import fr.paysdelaloire.emploiformation.api.QueryParams;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.validation.CertificationCode;
import fr.paysdelaloire.emploiformation.validation.DepartmentCode;

/** Reading open needs and their proposals, as {@link OpenNeedAccess} lets the caller (issue #21). */
@ApplicationScoped
public class OpenNeedReads {

    static final int MAX_PAGE_SIZE = 100;
    /** The longest age filter, in days. */
    static final int MAX_AGE_DAYS = 3660;

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    NeedProposalRepository proposals;

    @Inject
    OpenNeedAccess access;

    @Inject
    GroupementDirectory groupements;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    /** §2: after how many days an open need nobody proposed for shows in the Region's view of unanswered demand. */
    @ConfigProperty(name = "ef.needs.unanswered-after-days", defaultValue = "15")
    int unansweredAfterDays;

    @Transactional
    public OpenNeedPage list(String sector, String department, String certificationCode, Integer minAgeDays, Integer maxAgeDays,
            Integer page, Integer size) {
        QueryParams query = new QueryParams();
        Sector sectorFilter = query.oneOf("sector", sector, Sector.class);
        if (department != null && !DepartmentCode.isValid(department)) {
            query.refuse("department", "must be a département code, e.g. 49");
        }
        if (certificationCode != null && !CertificationCode.isValid(certificationCode)) {
            query.refuse("certification_code", "must be an RNCP, RNCP block or RS code, e.g. RNCP35185");
        }
        age(query, "min_age_days", minAgeDays);
        age(query, "max_age_days", maxAgeDays);
        if (minAgeDays != null && maxAgeDays != null && minAgeDays > maxAgeDays) {
            query.refuse("min_age_days", "must be at most max_age_days");
        }
        Paging paging = query.paging(page, size, MAX_PAGE_SIZE);
        query.done();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var filter = new HiringIntentionRepository.NeedFilter(sectorFilter, department, certificationCode,
                maxAgeDays == null ? null : now.minusDays(maxAgeDays + 1L), minAgeDays == null ? null : now.minusDays(minAgeDays));
        var scope = access.scope();
        long total = intentions.openNeedCount(scope, filter);
        List<OpenNeedResponse> items = intentions.openNeeds(scope, filter, paging.page(), paging.size()).stream().map(this::response)
                .toList();
        boolean more = (long) (paging.page() + 1) * paging.size() < total;
        return new OpenNeedPage(items, total, paging.page(), paging.size(), more ? paging.page() + 1 : null);
    }

    private static void age(QueryParams query, String name, Integer days) {
        if (days != null && (days < 0 || days > MAX_AGE_DAYS)) {
            query.refuse(name, "must be between 0 and " + MAX_AGE_DAYS);
        }
    }

    @Transactional
    public Representation<OpenNeedResponse> get(UUID id) {
        HiringIntention need = access.visible(id);
        return Representation.read(need.version, response(need));
    }

    /** The need's proposals: every one for the Region and the sender, its own for a training body. */
    @Transactional
    public ProposalList proposals(UUID id) {
        HiringIntention need = access.visible(id);
        boolean all = access.overseesOrSent(need);
        String siret = caller.orgSiret().orElse(null);
        return new ProposalList(proposals.of(need.id).stream().filter(p -> all || p.trainingBodySiret.equals(siret))
                .map(this::response).toList());
    }

    @Transactional
    public ProposalResponse proposal(UUID id, UUID proposalId) {
        HiringIntention need = access.visible(id);
        boolean all = access.overseesOrSent(need);
        String siret = caller.orgSiret().orElse(null);
        return proposals.findByIdOptional(proposalId).filter(p -> p.intentionId.equals(need.id))
                .filter(p -> all || p.trainingBodySiret.equals(siret)).map(this::response)
                .orElseThrow(() -> ApiProblem.notFound("Proposal " + proposalId));
    }

    ProposalResponse response(NeedProposal proposal) {
        return ProposalResponse.of(proposal, groupements.body(proposal.trainingBodySiret).map(GroupementDirectory.Body::name).orElse(null));
    }

    /** The need as the caller may see it: the SIRET, the chosen body and the unanswered flag for the Region and the sender. */
    OpenNeedResponse response(HiringIntention need) {
        boolean full = access.overseesOrSent(need);
        long live = proposals.liveCount(need.id);
        Boolean unanswered = full ? OpenNeedRules.unanswered(need.openNeed(), need.status, need.createdAt,
                live > 0 || proposals.count("intentionId", need.id) > 0, OffsetDateTime.now(clock), Duration.ofDays(unansweredAfterDays)) : null;
        return new OpenNeedResponse(need.id, need.openNeed(), need.status, Organisation.of(need.sender).role(),
                new OpenNeedResponse.NeedEmployer(full ? need.employerSiret : null, need.employerName, need.employerDepartment,
                        need.employerCommuneInsee),
                new IntentionBody.Job(need.jobTitle, need.jobRomeCode), need.jobSector, need.positions,
                new IntentionBody.Contract(need.contractType, need.contractDurationMonths, need.contractWeeklyHours),
                new IntentionBody.Target(need.targetCertificationCode, need.targetSkills),
                IntentionResponse.steps(need.employerInvolvement), json.read(need.eligibility, Evaluation.class), live, unanswered,
                full ? need.trainingBodySiret : null, need.createdAt, need.takenUpAt);
    }
}

package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import fr.paysdelaloire.emploiformation.api.PreparedSql;

import fr.paysdelaloire.emploiformation.reference.Sector;

@ApplicationScoped
public class HiringIntentionRepository implements PanacheRepositoryBase<HiringIntention, UUID> {

    /**
     * What a caller's lists show and dry runs weigh (see {@code IntentionAccess#scope}): everything (Region), what it
     * sent, or what names it (training body); as a test on one intention and as the same condition in a query.
     */
    public record Scope(boolean everything, String sender, String trainingBodySiret) {

        boolean covers(HiringIntention intention) {
            return everything || intention.sender.equals(sender)
                    || trainingBodySiret != null && trainingBodySiret.equals(intention.trainingBodySiret);
        }

        /** Appends the condition to {@code where} (nothing for everything), its values named {@code scopeSender}, {@code scopeBody}. */
        void restrict(StringBuilder where, Parameters parameters) {
            if (everything) {
                return;
            }
            where.append(" and (sender = :scopeSender");
            parameters.and("scopeSender", sender);
            if (trainingBodySiret != null) {
                where.append(" or trainingBodySiret = :scopeBody");
                parameters.and("scopeBody", trainingBodySiret);
            }
            where.append(")");
        }
    }

    /** The filters of the list. */
    public record Filter(IntentionStatus status, String employerSiret, OffsetDateTime updatedSince) {
    }

    /** What a sender recorded under an external_id: its id and its content's fingerprint. */
    public record Recorded(UUID id, String contentHash) {
    }

    /**
     * What this sender recorded under this external_id, if anything: the intake's one read (issue #22, P1: a prepared
     * statement, no entity built for the usual answer, none).
     */
    public Optional<Recorded> recordedUnder(String sender, String externalId) {
        return RECORDED_UNDER.query(getEntityManager(), Map.of("sender", sender, "externalId", externalId),
                rows -> rows.next() ? Optional.of(new Recorded(rows.getObject(1, UUID.class), rows.getString(2))) : Optional.empty());
    }

    private static final PreparedSql RECORDED_UNDER = new PreparedSql(
            "select id, content_hash from hiring_intention where sender = :sender and external_id = :externalId");

    /**
     * The columns the intake's insert writes: every column the entity maps (IntakeStatementsTest compares them with
     * Hibernate's mapping), the others left to their defaults.
     */
    static final List<String> INSERT_COLUMNS = List.of("id", "sender", "external_id", "content_hash", "employer_siret",
            "employer_name", "employer_department", "employer_commune_insee", "job_title", "job_rome_code", "positions", "hires",
            "session_ended_at", "contract_type", "contract_duration_months", "contract_weekly_hours", "target_certification_code",
            "target_skills", "employer_involvement", "proof_channel", "proof_received_on", "proof_reference",
            "training_body_siret", "job_sector", "taken_up_at", "status", "eligibility_outcome", "eligibility", "request_sector",
            "decision_seconds", "version", "created_at", "updated_at", "last_status_change_at");

    private static final PreparedSql INSERT = new PreparedSql("insert into hiring_intention (" + String.join(", ", INSERT_COLUMNS)
            + ") values (" + String.join(", ", INSERT_COLUMNS.stream()
                    .map(c -> c.equals("eligibility") ? "cast(:eligibility as jsonb)" : ":" + c).toList()) + ")");

    /**
     * Inserts a new intention with one prepared statement (issue #22, P1: Hibernate's insert action, flush and dirty
     * check were a fifth of the intake's samples). The entity is not managed afterwards: the intake only reads it.
     */
    public void insert(HiringIntention i) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", i.id);
        values.put("sender", i.sender);
        values.put("external_id", i.externalId);
        values.put("content_hash", i.contentHash);
        values.put("employer_siret", i.employerSiret);
        values.put("employer_name", i.employerName);
        values.put("employer_department", i.employerDepartment);
        values.put("employer_commune_insee", i.employerCommuneInsee);
        values.put("job_title", i.jobTitle);
        values.put("job_rome_code", i.jobRomeCode);
        values.put("positions", i.positions);
        values.put("hires", i.hires);
        values.put("session_ended_at", i.sessionEndedAt);
        values.put("contract_type", name(i.contractType));
        values.put("contract_duration_months", i.contractDurationMonths);
        values.put("contract_weekly_hours", i.contractWeeklyHours);
        values.put("target_certification_code", i.targetCertificationCode);
        values.put("target_skills", i.targetSkills);
        values.put("employer_involvement", i.employerInvolvement);
        values.put("proof_channel", name(i.proofChannel));
        values.put("proof_received_on", i.proofReceivedOn);
        values.put("proof_reference", i.proofReference);
        values.put("training_body_siret", i.trainingBodySiret);
        values.put("job_sector", i.jobSector);
        values.put("taken_up_at", i.takenUpAt);
        values.put("status", name(i.status));
        values.put("eligibility_outcome", name(i.eligibilityOutcome));
        values.put("eligibility", i.eligibility);
        values.put("request_sector", i.requestSector);
        values.put("decision_seconds", i.decisionSeconds);
        values.put("version", i.version);
        values.put("created_at", i.createdAt);
        values.put("updated_at", i.updatedAt);
        values.put("last_status_change_at", i.lastStatusChangeAt);
        INSERT.update(getEntityManager(), values);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public Optional<HiringIntention> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises, until the transaction ends, the writes that concern one employer, so that two bodies
     * cannot both win the one-training-body check (§6) at the same moment.
     */
    public void lockEmployer(String employerSiret) {
        LOCK_EMPLOYER.query(getEntityManager(), Map.of("key", "employer:" + employerSiret), rows -> rows.next());
    }

    private static final PreparedSql LOCK_EMPLOYER = new PreparedSql("select pg_advisory_xact_lock(hashtextextended(:key, 0))");

    /**
     * Is the employer held for this training (§6) by a written (with its proof), active intention of another body,
     * committed before the one evaluated (recorded, or for a need taken up, when the employer's choice was recorded) ({@code recordedBefore} and {@code excluded} null for one not recorded yet)?
     * Seen through {@code scope} when the caller may not read everything (a dry run).
     */
    public boolean heldElsewhere(CommitmentKey key, String trainingBodySiret, UUID excluded, OffsetDateTime recordedBefore,
            Scope scope) {
        StringBuilder where = new StringBuilder(sameTraining(key, "")
                + " and trainingBodySiret <> :body and status in :active and sessionEndedAt is null and proofChannel is not null");
        Parameters parameters = trainingParameters(key).and("body", trainingBodySiret).and("active", IntentionStatus.ACTIVE);
        if (excluded != null) {
            where.append(" and id <> :excluded and (coalesce(takenUpAt, createdAt) < :before"
                    + " or coalesce(takenUpAt, createdAt) = :before and id < :excluded)");
            parameters.and("excluded", excluded).and("before", recordedBefore);
        }
        if (scope != null) {
            scope.restrict(where, parameters);
        }
        return count(where.toString(), parameters) > 0;
    }

    private static final PreparedSql STANDING = new PreparedSql("""
                select (select a.holder_training_body_siret from employer_arbitration a
                          join hiring_intention h on h.id = a.holder_intention_id
                         where a.status = 'LIVE' and a.employer_siret = :employer and a.job_rome_code = :rome
                           and (cast(:certification as varchar) is null or a.target_certification_code is null
                                or a.target_certification_code = cast(:certification as varchar))
                           and h.status = any(:alive) and h.session_ended_at is null
                         limit 1),
                       exists (select 1 from hiring_intention i
                                where i.employer_siret = :employer and i.job_rome_code = :rome
                                  and (cast(:certification as varchar) is null or i.target_certification_code is null
                                       or i.target_certification_code = cast(:certification as varchar))
                                  and i.training_body_siret <> :body and i.proof_channel is not null
                                  and i.status = any(:active) and i.session_ended_at is null
                                  and (cast(:excluded as uuid) is null or i.id <> cast(:excluded as uuid)
                                       and (coalesce(i.taken_up_at, i.created_at) < cast(:before as timestamptz)
                                            or coalesce(i.taken_up_at, i.created_at) = cast(:before as timestamptz)
                                               and i.id < cast(:excluded as uuid))))""");

    /**
     * Where the employer stands for this training against the whole register, in one round trip (it is on the intake's
     * path): the body the Region's live arbitration chose (its intention not ended), or null; and whether another body
     * holds the employer by a written, active intention recorded before this one (see {@link #heldElsewhere}).
     */
    public Object[] standing(CommitmentKey key, String trainingBodySiret, UUID excluded, OffsetDateTime recordedBefore) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("employer", key.employerSiret());
        values.put("rome", key.romeCode());
        values.put("certification", key.certificationCode());
        values.put("body", trainingBodySiret);
        values.put("excluded", excluded);
        values.put("before", recordedBefore);
        values.put("alive", IntentionStatus.ALIVE.stream().map(Enum::name).toList());
        values.put("active", IntentionStatus.ACTIVE.stream().map(Enum::name).toList());
        return STANDING.query(getEntityManager(), values, rows -> {
            rows.next();
            return new Object[] { rows.getString(1), rows.getBoolean(2) };
        });
    }

    /**
     * The intentions of one employer for one training that have not ended, every body's, locked for a re-evaluation.
     * Open needs are not among them: they commit the employer to no body yet (§6).
     */
    public List<HiringIntention> aliveFor(CommitmentKey key) {
        return find(sameTraining(key, "") + " and status in :alive and trainingBodySiret is not null order by createdAt, id",
                trainingParameters(key).and("alive", IntentionStatus.ALIVE)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The Region's live arbitration for one employer and training, while the intention it chose has not ended. */
    public Optional<EmployerArbitration> liveArbitration(CommitmentKey key) {
        return arbitrations(key, " and exists (select 1 from HiringIntention i where i.id = a.holderIntentionId and i.status in :alive"
                + " and i.sessionEndedAt is null)",
                Map.of("alive", IntentionStatus.ALIVE)).stream().findFirst();
    }

    /** Every live arbitration of one employer and training, whether the intention it chose is active or not. */
    public List<EmployerArbitration> liveArbitrations(CommitmentKey key) {
        return arbitrations(key, "", Map.of());
    }

    private List<EmployerArbitration> arbitrations(CommitmentKey key, String condition, Map<String, Object> more) {
        var query = getEntityManager().createQuery("select a from EmployerArbitration a where a.status = 'LIVE' and "
                + sameTraining(key, "a.") + condition, EmployerArbitration.class);
        trainingParameters(key).map().forEach(query::setParameter);
        more.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * §6, "the same training" of one employer, as {@link CommitmentKey#sameTraining} defines it: the same ROME code, and
     * the same target certification or a need expressed as skills only; on an intention's fields or, with {@code prefix}
     * "a.", an arbitration's.
     */
    private static String sameTraining(CommitmentKey key, String prefix) {
        return prefix + "employerSiret = :employer and " + prefix + "jobRomeCode = :rome" + (key.certificationCode() == null ? ""
                : " and (" + prefix + "targetCertificationCode = :certification or " + prefix + "targetCertificationCode is null)");
    }

    private static Parameters trainingParameters(CommitmentKey key) {
        Parameters parameters = Parameters.with("employer", key.employerSiret()).and("rome", key.romeCode());
        return key.certificationCode() == null ? parameters : parameters.and("certification", key.certificationCode());
    }

    /** The live arbitrations that chose this intention. */
    public List<EmployerArbitration> arbitrationsHeldBy(UUID intentionId) {
        return getEntityManager().createQuery("from EmployerArbitration where status = 'LIVE' and holderIntentionId = :id",
                EmployerArbitration.class).setParameter("id", intentionId).getResultList();
    }

    /**
     * Whose open needs a caller lists: everything (Region), what it sent, or — for a training body — the needs its lots
     * cover, as {@link OpenNeedRules#coverage} gives them (sector → départements), in the statuses that take proposals.
     */
    public record NeedScope(boolean everything, String sender, Map<Sector, Set<String>> coverage) {
    }

    /**
     * The filters of the open needs' list. Ages count whole days: raised after {@code raisedAfter} (at most N days old:
     * now − (N + 1) days) and at or before {@code raisedBy} (at least N days old: now − N days).
     */
    public record NeedFilter(Sector sector, String department, String certificationCode, OffsetDateTime raisedAfter,
            OffsetDateTime raisedBy) {
    }

    public List<HiringIntention> openNeeds(NeedScope scope, NeedFilter filter, int page, int size) {
        Query query = needQuery(scope, filter);
        return find(query.where + " order by createdAt, id", query.parameters).page(page, size).list();
    }

    public long openNeedCount(NeedScope scope, NeedFilter filter) {
        Query query = needQuery(scope, filter);
        return count(query.where, query.parameters);
    }

    private static Query needQuery(NeedScope scope, NeedFilter filter) {
        StringBuilder where = new StringBuilder("trainingBodySiret is null and status in :alive");
        Parameters parameters = Parameters.with("alive", IntentionStatus.ALIVE);
        if (!scope.everything()) {
            if (scope.sender() != null) {
                where.append(" and sender = :sender");
                parameters.and("sender", scope.sender());
            } else {
                where.append(" and status in :shown and (1 = 0");
                parameters.and("shown", OpenNeedRules.SHOWN);
                int i = 0;
                for (Map.Entry<Sector, Set<String>> covered : scope.coverage().entrySet()) {
                    where.append(" or jobSector = :sector").append(i).append(" and employerDepartment in :departments").append(i);
                    parameters.and("sector" + i, covered.getKey().name()).and("departments" + i, covered.getValue());
                    i++;
                }
                where.append(")");
            }
        }
        if (filter.sector() != null) {
            where.append(" and jobSector = :sector");
            parameters.and("sector", filter.sector().name());
        }
        if (filter.department() != null) {
            where.append(" and employerDepartment = :department");
            parameters.and("department", filter.department());
        }
        if (filter.certificationCode() != null) {
            where.append(" and targetCertificationCode = :certification");
            parameters.and("certification", filter.certificationCode());
        }
        if (filter.raisedAfter() != null) {
            where.append(" and createdAt > :after");
            parameters.and("after", filter.raisedAfter());
        }
        if (filter.raisedBy() != null) {
            where.append(" and createdAt <= :by");
            parameters.and("by", filter.raisedBy());
        }
        return new Query(where.toString(), parameters);
    }

    /**
     * One page of the list, in its order (creation time, then id): after {@code after} when given (a cursor, issue #22
     * P3), otherwise skipping {@code offset}; at most {@code limit}. A caller's scope is an "or" (what it sent, or what
     * names it): PostgreSQL can walk neither index in order for it, so each half walks its own index
     * ({@code (sender, …, created_at, id)}, {@code (training_body_siret, created_at, id)}), stops at the page's end,
     * and the union is sorted: a page costs the same at 10k and at 1M intentions.
     */
    public List<HiringIntention> page(Scope scope, Filter filter, IntentionCursor after, int offset, int limit) {
        Sql sql = sql(scope, filter, after);
        String union = sql.union("id, created_at", " order by created_at, id limit " + (offset + limit));
        // one statement: the page's keys, then their rows as entities
        var query = getEntityManager().createNativeQuery("select h.* from (select id, created_at from (" + union
                + ") merged order by created_at, id offset " + offset + " limit " + limit + ") page"
                + " join hiring_intention h on h.id = page.id order by page.created_at, page.id", HiringIntention.class);
        sql.parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<HiringIntention> page = query.getResultList();
        return page;
    }

    /** How many match, counted up to {@code cap + 1} at most: the count's cost stays flat however many there are. */
    public long total(Scope scope, Filter filter, int cap) {
        Sql sql = sql(scope, filter, null);
        String union = sql.union("id", " limit " + (cap + 1));
        var query = getEntityManager().createNativeQuery("select count(*) from (select id from (" + union + ") matches limit "
                + (cap + 1) + ") capped");
        sql.parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private record Query(String where, Parameters parameters) {
    }

    /** The list's condition in SQL: one branch per half of the caller's scope, and the filters every branch shares. */
    private record Sql(List<String> branches, String where, Map<String, Object> parameters) {

        /** Each branch's {@code columns} with the shared filters and {@code tail} (its order and limit), united. */
        String union(String columns, String tail) {
            StringBuilder union = new StringBuilder();
            for (String branch : branches) {
                union.append(union.isEmpty() ? "" : " union ").append("(select ").append(columns)
                        .append(" from hiring_intention where ").append(branch).append(where).append(tail).append(')');
            }
            return union.toString();
        }
    }

    private static Sql sql(Scope scope, Filter filter, IntentionCursor after) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        List<String> branches = new java.util.ArrayList<>();
        if (scope.everything()) {
            branches.add("true");
        } else {
            branches.add("sender = :scopeSender");
            parameters.put("scopeSender", scope.sender());
            if (scope.trainingBodySiret() != null) {
                branches.add("training_body_siret = :scopeBody");
                parameters.put("scopeBody", scope.trainingBodySiret());
            }
        }
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.employerSiret() != null) {
            where.append(" and employer_siret = :employer");
            parameters.put("employer", filter.employerSiret());
        }
        if (filter.updatedSince() != null) {
            where.append(" and updated_at >= :since");
            parameters.put("since", filter.updatedSince());
        }
        if (after != null) {
            where.append(" and (created_at, id) > (:afterAt, :afterId)");
            parameters.put("afterAt", after.createdAt());
            parameters.put("afterId", after.id());
        }
        return new Sql(branches, where.toString(), parameters);
    }
}

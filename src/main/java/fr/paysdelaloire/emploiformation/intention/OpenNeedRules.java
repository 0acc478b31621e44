package fr.paysdelaloire.emploiformation.intention;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.paysdelaloire.emploiformation.reference.GroupementDirectory.LotFacts;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.reference.Territory;

/**
 * Open needs (besoins ouverts, issue #21): an employer's hiring intention with no training body yet, raised by a
 * platform or a validator (§1), that the bodies of the lots covering it may answer. Plain Java: who sees a need, who may
 * propose, when its employer's choice may be recorded, and when it counts as unanswered.
 */
public final class OpenNeedRules {

    /**
     * The statuses in which a need is shown to training bodies and takes proposals: eligible, or eligible once the Region
     * grants a derogation. An ineligible need (a CIE, a job in an SIAE, §3) is shown to its sender and the Region only.
     */
    public static final Set<IntentionStatus> SHOWN = EnumSet.of(IntentionStatus.ELIGIBLE, IntentionStatus.AWAITING_DEROGATION);

    private OpenNeedRules() {
    }

    /**
     * §2 "les formations proposées doivent correspondre aux filières professionnelles des lots": a body sees a need when
     * it works for a lot ({@link LotFacts#counts}: mandataire, co-traitant, approved sous-traitant) whose sector is the
     * job's and whose territory holds the place of work ({@link LotFacts#covers}).
     */
    public static boolean covers(List<LotFacts> lots, String siret, Sector sector, String department) {
        return lots.stream().anyMatch(lot -> lot.counts(siret) && lot.covers(sector, department));
    }

    /**
     * What a body's lots cover, as sector → départements (a region-wide lot stands for the five): the same test as
     * {@link #covers}, in the shape a query takes.
     */
    public static Map<Sector, Set<String>> coverage(List<LotFacts> lots, String siret) {
        Map<Sector, Set<String>> coverage = new TreeMap<>();
        for (LotFacts lot : lots) {
            if (!lot.counts(siret)) {
                continue;
            }
            Set<String> departments = coverage.computeIfAbsent(lot.sector(), s -> new TreeSet<>());
            for (String department : lot.departments()) {
                if (Territory.REGION.equals(department)) {
                    departments.addAll(Territory.DEPARTMENTS.keySet());
                } else {
                    departments.add(department);
                }
            }
        }
        return coverage;
    }

    /** Open, and in a status that takes proposals. */
    public static boolean takesProposals(boolean open, IntentionStatus status) {
        return open && SHOWN.contains(status);
    }

    /**
     * Why the employer's choice cannot be recorded now, or null when it can: §6 the employer commits to one body, once —
     * a need already taken up for another proposal is a conflict (two choices racing: the first recorded wins); a need
     * withdrawn or fulfilled commits to nothing any more.
     */
    public static String takeUpRefusal(boolean open, IntentionStatus status) {
        if (!IntentionStatus.CORRECTABLE.contains(status)) {
            return "This need is " + status + ": the employer's choice can no longer be recorded";
        }
        if (!open) {
            return "The employer's choice is already recorded for this need: it is an intention of the chosen body (FAQ §6: "
                    + "one body for the same training); correct it with PUT /hiring-intentions/{id} if the employer changed its mind";
        }
        return null;
    }

    /**
     * Issue #21 (4), §2: a need nobody answered — still open and alive, raised {@code after} ago or more, and no body
     * ever proposed for it. The demand the lots do not cover, the input for the Region's next market.
     */
    public static boolean unanswered(boolean open, IntentionStatus status, OffsetDateTime raisedAt, boolean anyProposal,
            OffsetDateTime now, Duration after) {
        return open && IntentionStatus.ALIVE.contains(status) && !anyProposal && !raisedAt.plus(after).isAfter(now);
    }
}

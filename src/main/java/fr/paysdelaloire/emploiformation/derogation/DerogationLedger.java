package fr.paysdelaloire.emploiformation.derogation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.Json;

/** What other capabilities ask of derogations: the ones granted on a subject, by rule; the ones its changes make lapse. */
@ApplicationScoped
public class DerogationLedger {

    /** A derogation that lapsed: which, on which rule, and whether it had been granted or only asked for. */
    public record Lapsed(UUID id, String rule, DerogationStatus was) {
    }

    @Inject
    DerogationRepository derogations;

    @Inject
    Json json;

    @Inject
    Clock clock;

    /** Rule code → id of the granted derogation. */
    public Map<String, String> granted(SubjectType type, UUID subjectId) {
        Map<String, String> granted = new LinkedHashMap<>();
        derogations.granted(type, subjectId).forEach(d -> granted.put(d.rule, d.id.toString()));
        return granted;
    }

    /**
     * The subject changed: each derogation asked for or granted on it whose facts are no longer {@code current} (by rule)
     * lapses (issue #17: a derogation granted for a 4-month CDD does not cover the 1-month CDD it was corrected to).
     * Runs in the caller's transaction; the caller records it in its history and tells its readers.
     */
    public List<Lapsed> lapseChanged(SubjectType type, UUID subjectId, Function<String, Map<String, String>> current, String why) {
        List<Lapsed> lapsed = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Derogation derogation : derogations.live(type, subjectId)) {
            if (!facts(derogation).equals(current.apply(derogation.rule))) {
                lapsed.add(new Lapsed(derogation.id, derogation.rule, derogation.status));
                derogation.status = DerogationStatus.LAPSED;
                derogation.lapsedAt = now;
                derogation.lapseReason = why;
            }
        }
        return lapsed;
    }

    /** Rule code → id, for {@code Evaluation#withLapsed}. */
    public static Map<String, String> byRule(List<Lapsed> lapsed) {
        Map<String, String> byRule = new LinkedHashMap<>();
        lapsed.forEach(l -> byRule.put(l.rule(), l.id().toString()));
        return byRule;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> facts(Derogation derogation) {
        return json.read(derogation.facts, Map.class);
    }
}

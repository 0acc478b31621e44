package fr.paysdelaloire.emploiformation.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.candidate.PathDirectory;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.intention.IntentionStatus;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.session.SessionChanged;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/**
 * Keeps the publication in step with the sessions, in the transaction that changed them: a session the
 * Region authorised (or a socle one), or started, is published as it is (§10); one that leaves those
 * statuses after being published becomes a tombstone so that the publisher removes it.
 */
@ApplicationScoped
public class Publisher {

    /** The public aimed at the export writes, put in the deflated fragment ({@link LheoGzip#seal}). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ef.lheo.code-public-vise", defaultValue = "15041")
    String publicViseCode;

    @Inject
    PublicationRepository entries;

    @Inject
    SessionDirectory sessions;

    @Inject
    IntentionLedger intentions;

    @Inject
    GroupementDirectory groupements;

    @Inject
    PathDirectory paths;

    @Inject
    Json json;

    @Inject
    Clock clock;

    void onSessionChanged(@Observes SessionChanged changed) {
        publish(changed.sessionRequestId());
    }

    /**
     * Publishes the session again in today's representation, as if it had changed: an entry written in an older one
     * (V33). The caller's transaction holds the entry's row.
     */
    public void republish(java.util.UUID sessionId) {
        publish(sessionId);
        entries.findByIdOptional(sessionId).ifPresent(e -> e.representation = PublicationEntry.REPRESENTATION);
    }

    private void publish(java.util.UUID sessionId) {
        SessionDirectory.Snapshot session = sessions.snapshot(sessionId).orElse(null);
        if (session == null) {
            return;
        }
        PublicationEntry entry = entries.findByIdOptional(session.id()).orElse(null);
        List<IntentionLedger.Summary> behind = intentions.lookup(session.intentionIds()).stream()
                .filter(i -> i.status() != IntentionStatus.WITHDRAWN).toList();
        boolean publishable = PublicationRules.publishable(session.status(), session.kind(), behind.size(),
                session.awaitingWithdrawalDecision());
        if (!publishable && (entry == null || !entry.published)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long change = entries.nextChange();
        boolean created = entry == null;
        if (created) {
            entry = new PublicationEntry();
            entry.sessionId = session.id();
        }
        entry.changeSeq = change;
        entry.updatedAt = now;
        entry.representation = PublicationEntry.REPRESENTATION;
        if (publishable) {
            entry.published = true;
            entry.deletedAt = null;
            entry.employerSirets = behind.stream().map(IntentionLedger.Summary::employerSiret).distinct().toArray(String[]::new);
            PublishedSession item = item(session, behind);
            entry.payload = json.write(item);
            // issue #22 (P2): the LHEO fragment rendered once, here, rather than on every export
            entry.lheo = PublicationService.exportable(item) ? LheoWriter.fragment(item) : null;
            // and deflated once, for the gzip-encoded export (V31)
            entry.lheoDeflate = entry.lheo == null ? null : LheoGzip.seal(entry.lheo, publicViseCode);
            entry.lheoDeflateCode = entry.lheo == null ? null : publicViseCode;
        } else {
            entry.published = false;
            entry.deletedAt = now;
            entry.lheo = null;
            entry.lheoDeflate = null;
            entry.lheoDeflateCode = null;
        }
        if (created) {
            entries.persist(entry);
        }
    }

    private PublishedSession item(SessionDirectory.Snapshot s, List<IntentionLedger.Summary> behind) {
        Set<String> romeCodes = new LinkedHashSet<>();
        Set<String> steps = new LinkedHashSet<>();
        behind.forEach(i -> {
            romeCodes.add(i.romeCode());
            i.involvement().forEach(step -> steps.add(step.name()));
        });
        int placesLeft = PublicationRules.placesLeft(s.places(), paths.filledPlaces(s.id()));
        List<PublishedSession.Location> locations = new ArrayList<>();
        s.locations().forEach(l -> locations.add(new PublishedSession.Location(l.communeInsee(), l.label(), l.postcode(), l.city())));
        return new PublishedSession(s.id(), s.kind().name(), s.status().name(), s.title(),
                new PublishedSession.Certification(s.certificationKind().name(), s.certificationCode()), s.formacode(),
                List.copyOf(romeCodes), s.startDate(), s.endDate(), s.plannedHours(), s.places(), placesLeft, placesLeft > 0,
                s.permanentEntry(), locations, organisation(s.submitterSiret()), organisation(s.mandataireSiret()), s.lotCode(),
                List.copyOf(steps), behind.size(), PublicationRules.jobLocations(behind), s.updatedAt());
    }

    private PublishedSession.Organisation organisation(String siret) {
        return groupements.body(siret).map(b -> new PublishedSession.Organisation(b.siret(), b.name(), b.nda()))
                .orElse(new PublishedSession.Organisation(siret, null, null));
    }
}

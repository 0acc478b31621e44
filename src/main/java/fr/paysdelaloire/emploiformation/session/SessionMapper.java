package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.validation.InseeCommuneCode;

/** Between the wire and the entity: a request's body onto the entity, the entity into its representation. */
@ApplicationScoped
public class SessionMapper {

    @Inject
    Json json;

    @Inject
    SessionEvaluator evaluator;

    @Inject
    PurchaseOrderRepository orders;

    /** The body's content onto the request (drafting and changes). */
    void fill(SessionRequest request, SessionRequestBody body, OffsetDateTime now) {
        request.title = body.title().strip();
        request.trainingSector = body.trainingSector();
        request.certificationKind = body.certification().kind();
        request.certificationCode = body.certification().code() == null || body.certification().code().isBlank() ? null
                : body.certification().code();
        request.formacode = body.formacode();
        request.plannedHours = body.plannedHours();
        request.startDate = body.startDate();
        request.endDate = body.endDate();
        request.locations = json.write(body.locations());
        SessionRequestBody.Modalities modalities = body.modalitiesOrDefault();
        request.afest = modalities.afest();
        request.partTime = modalities.partTime();
        request.permanentEntry = modalities.permanentEntry();
        request.completesExistingGroup = modalities.completesExistingGroup();
        request.preparatoryPhase = modalities.preparatoryPhase();
        request.places = body.places();
        request.financialBalance = FreeText.orNull(body.financialBalance());
        request.intentionIds.clear();
        request.intentionIds.addAll(body.intentionIdsOrEmpty());
        request.updatedAt = now;
    }

    SessionRequestResponse response(SessionRequest r) {
        SessionEvaluator.Attached attached = evaluator.attached(r);
        return new SessionRequestResponse(r.id, r.kind, r.lotCode, r.status,
                SessionTransition.LIFECYCLE.allowedFrom(r.status).stream().map(SessionTransition::path).toList(),
                r.title, r.trainingSector, new SessionRequestBody.Certification(r.certificationKind, r.certificationCode),
                r.formacode, r.plannedHours, r.startDate, r.endDate, CalendarResponse.of(r), List.of(locations(r, json)),
                new SessionRequestBody.Modalities(r.afest, r.partTime, r.permanentEntry, r.completesExistingGroup, r.preparatoryPhase),
                List.copyOf(r.intentionIds), r.places, attached.committedPositions(), attached.withoutImmersion(), r.financialBalance, r.submitterSiret, r.mandataireSiret,
                r.mandataireInformedAt, r.subcontractorApprovalId, r.evaluation == null ? null : json.read(r.evaluation, Evaluation.class),
                r.firstSubmittedAt, r.decidedAt, orders.findCovering(r.id).map(o -> o.id).orElse(null),
                r.createdAt, r.updatedAt, r.lastStatusChangeAt);
    }

    /** The request as a write leaves it: where it lives, its version (ETag), its representation. */
    Representation<SessionRequestResponse> written(SessionRequest request, boolean created) {
        return new Representation<>(response(request),
                SessionRequestResource.PATH + "/" + request.id, request.version, created, null);
    }

    static SessionRequestBody.Location[] locations(SessionRequest request, Json json) {
        return json.read(request.locations, SessionRequestBody.Location[].class);
    }

    /** The départements of its places of training, sorted (§2: the lot's territory). */
    static SortedSet<String> trainingDepartments(SessionRequest request, Json json) {
        return Arrays.stream(locations(request, json)).map(l -> InseeCommuneCode.departmentOf(l.communeInsee()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

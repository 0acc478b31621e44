package fr.paysdelaloire.emploiformation.intention;

import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.reference.RomeSectors;
import fr.paysdelaloire.emploiformation.rules.Evaluation;

/** Between the wire and the entity: an intention's body normalised and onto the entity, the entity into its representation. */
@ApplicationScoped
public class IntentionMapper {

    @Inject
    Json json;

    /** The body's content, as recorded: trimmed, blanks as absent, weekly hours to one decimal. */
    static IntentionBody normalised(IntentionBody r) {
        IntentionBody.Target target = new IntentionBody.Target(blankToNull(r.target().certificationCode()),
                blankToNull(r.target().skills()));
        IntentionBody.Proof proof = r.proof() == null ? null
                : new IntentionBody.Proof(r.proof().channel(), r.proof().receivedOn(), blankToNull(r.proof().reference()));
        return new IntentionBody(r.externalId(),
                new IntentionBody.Employer(r.employer().siret(), r.employer().name().strip(), r.employer().department(),
                        r.employer().communeInsee()),
                new IntentionBody.Job(r.job().title().strip(), r.job().romeCode()),
                r.positions(),
                new IntentionBody.Contract(r.contract().type(), r.contract().durationMonths(),
                        r.contract().weeklyHours().setScale(1, RoundingMode.UNNECESSARY)),
                target, r.involvementOrEmpty(), proof, r.trainingBodySiret());
    }

    /** The body's content and its evaluation onto the recorded intention (intake and correction). */
    void fill(HiringIntention recorded, IntentionBody intention, String contentHash, Evaluation evaluation, OffsetDateTime now) {
        recorded.externalId = intention.externalId();
        recorded.contentHash = contentHash;
        recorded.employerSiret = intention.employer().siret();
        recorded.employerName = intention.employer().name();
        recorded.employerDepartment = intention.employer().department();
        recorded.employerCommuneInsee = intention.employer().communeInsee();
        recorded.jobTitle = intention.job().title();
        recorded.jobRomeCode = intention.job().romeCode();
        recorded.positions = intention.positions();
        recorded.contractType = intention.contract().type();
        recorded.contractDurationMonths = intention.contract().durationMonths();
        recorded.contractWeeklyHours = intention.contract().weeklyHours();
        recorded.targetCertificationCode = intention.target().certificationCode();
        recorded.targetSkills = intention.target().skills();
        recorded.employerInvolvement = intention.involvementOrEmpty().stream().map(Enum::name).collect(Collectors.joining(","));
        IntentionBody.Proof proof = intention.proof();
        recorded.proofChannel = proof == null ? null : proof.channel();
        recorded.proofReceivedOn = proof == null ? null : proof.receivedOn();
        recorded.proofReference = proof == null ? null : proof.reference();
        recorded.trainingBodySiret = intention.trainingBodySiret();
        recorded.jobSector = RomeSectors.of(intention.job().romeCode()).map(Enum::name).orElse(null);
        recorded.eligibilityOutcome = evaluation.outcome();
        recorded.eligibility = json.write(evaluation);
        recorded.updatedAt = now;
    }

    IntentionResponse response(HiringIntention recorded) {
        return IntentionResponse.of(recorded, json.read(recorded.eligibility, Evaluation.class));
    }

    /** The intention as a write leaves it: where it lives, its version (ETag), its representation. */
    Representation<IntentionResponse> written(HiringIntention recorded, boolean created) {
        return new Representation<>(response(recorded), IntentionResource.PATH + "/" + recorded.id, recorded.version, created, null);
    }

    /** A new intention, with the evaluation just written into it (not read back from its JSON: the intake's path). */
    Representation<IntentionResponse> created(HiringIntention recorded, Evaluation evaluation) {
        return new Representation<>(IntentionResponse.of(recorded, evaluation), IntentionResource.PATH + "/" + recorded.id,
                recorded.version, true, null);
    }

    private static String blankToNull(String value) {
        return FreeText.orNull(value);
    }
}

package fr.paysdelaloire.emploiformation.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the public may see it (FAQ §10): no candidate data, no employer contact data. */
@Schema(name = "PublishedSession")
public record PublishedSession(
        @Schema(description = "Stable id of the session.") UUID id,
        @Schema(examples = "ONE_JOB_ONE_TRAINING") String kind,
        @Schema(examples = "AUTHORISED") String status,
        @Schema(examples = "Maçon - session Nantes printemps 2027") String title,
        Certification certification,
        @Schema(examples = "22454") String formacode,
        @Schema(description = "ROME codes of the jobs behind the session.", examples = "[\"F1703\"]") List<String> romeCodes,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(examples = "750") int plannedHours,
        @Schema(description = "Places the Region funds.", examples = "5") int places,
        @Schema(description = "Places not yet filled by a path.", examples = "2") int placesLeft,
        @Schema(description = "Whether recruitment is open (places left to fill).") boolean recruitmentOpen,
        @Schema(description = "Permanent entry and exit (§5).") boolean permanentEntry,
        List<Location> locations,
        Organisation trainingBody,
        Organisation mandataire,
        @Schema(examples = "CONSTR-44") String lotCode,
        @Schema(description = "The steps employers will take part in (§6).", examples = "[\"IMMERSION\", \"FINAL_JURY\"]")
        List<String> employerInvolvement,
        @Schema(description = "Number of hiring intentions behind the session.", examples = "5") int hiringIntentions,
        @Schema(description = "Where the jobs are (FAQ §1: the training may take place in another département than the jobs, "
                + "and the job seekers are told clearly where the positions are): the places of work of the employers behind "
                + "the session, by commune, with the positions offered there; sorted by département, then commune. No "
                + "employer is named (§10). Empty for a socle session without intentions.") List<JobLocation> jobLocations,
        OffsetDateTime updatedAt) {

    public PublishedSession {
        jobLocations = jobLocations == null ? List.of() : jobLocations; // an entry stored before V33 has none yet
    }

    @Schema(name = "PublishedJobLocation")
    public record JobLocation(
            @Schema(description = "INSEE code of the commune of the place of work.", examples = "44109") String communeInsee,
            @Schema(description = "Its département.", examples = "44") String department,
            @Schema(description = "Positions the session's intentions offer there.", examples = "2") int positions) {
    }

    @Schema(name = "PublishedCertification")
    public record Certification(@Schema(examples = "RNCP") String kind, @Schema(examples = "RNCP35185") String code) {
    }

    @Schema(name = "PublishedLocation")
    public record Location(String communeInsee, String label, String postcode, String city) {
    }

    @Schema(name = "PublishedOrganisation")
    public record Organisation(@Schema(examples = "73866205898790") String siret, String name,
            @Schema(description = "Activity declaration number.") String nda) {
    }
}

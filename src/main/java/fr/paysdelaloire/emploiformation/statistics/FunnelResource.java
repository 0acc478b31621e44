package fr.paysdelaloire.emploiformation.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.paysdelaloire.emploiformation.api.ApiDocumentation;
import fr.paysdelaloire.emploiformation.api.Spreadsheet;
import fr.paysdelaloire.emploiformation.security.Roles;

@Path(FunnelResource.PATH)
@Tag(name = "Statistics")
@SecurityRequirement(name = ApiDocumentation.OAUTH2)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Produces({ MediaType.APPLICATION_JSON, Spreadsheet.MEDIA_TYPE })
public class FunnelResource {

    public static final String PATH = "/api/v1/statistics/funnel";

    static final String FIGURES = "\"received\":1200,\"eligible\":1010,\"covered\":610,\"fulfilled\":240,\"withdrawn\":96,"
            + "\"withdrawal_rate\":0.08,\"decided\":700,\"median_days_to_decision\":6.5,\"p90_days_to_decision\":19.0,"
            + "\"paths_started\":580,\"paths_dropped_out\":61,\"paths_hired\":240,\"without_immersion\":85";

    @Inject
    FunnelService funnel;

    @GET
    @RolesAllowed(Roles.REGION_OFFICER)
    @Operation(operationId = "getFunnel", summary = "Engagement funnel: intentions → covered → hired",
            description = "How far employers really commit (FAQ §6) and what follows the training (§7): the hiring intentions "
                    + "(*intentions d'embauche*) received in the period, how many are eligible, covered by an authorised "
                    + "session, fulfilled by a hire or withdrawn (*désistement*), the employers' withdrawal rate; the median "
                    + "and 90th percentile days (to a tenth) from a session request's first submission to the Region's decision; the "
                    + "training paths (*parcours*) started, dropped out and ended in a hire; the intentions whose employer did not "
                    + "commit to host the job seeker for an immersion (*stage*, §6: acceptable, counted). For the whole period, then by "
                    + "sector (of the session request that last used the intention; UNASSIGNED if none did), by the employer's "
                    + "département and by month of receipt. Statuses are those of today. Computed in one SQL pass; no "
                    + "personal data.\n\n"
                    + "Next to it, `unanswered_needs`: the employers' open needs (*besoins ouverts*) no training body proposed "
                    + "for after the set delay (`ef.needs.unanswered-after-days`, 15 by default), by the job's sector and the "
                    + "place of work's département — the demand the lots do not cover, the input for the Region's next market "
                    + "(§2: new trainings may be proposed to answer an employer's specific need). As of now, not of the period."
                    + "\n\nWith `Accept: text/csv`, the same as a spreadsheet: the period, one line for the whole of it and one per "
                    + "sector, département and month, then the unanswered needs, French column names, " + ApiDocumentation.SPREADSHEET
                    + "\n\nRoles: `region-officer`.")
    @APIResponse(responseCode = "200", description = "The funnel.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunnelReport.class),
                    examples = @ExampleObject(name = "year", value = "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\","
                            + "\"total\":{" + FIGURES + "},"
                            + "\"by_sector\":[{\"sector\":\"CONSTRUCTION\"," + FIGURES + "}],"
                            + "\"by_department\":[{\"department\":\"44\"," + FIGURES + "}],"
                            + "\"by_month\":[{\"month\":\"2026-03\"," + FIGURES + "}],"
                            + "\"unanswered_needs\":{\"after_days\":15,\"as_of\":\"2026-11-30T09:00:00Z\",\"needs\":3,\"positions\":5,"
                            + "\"by_sector_and_department\":[{\"sector\":\"MARITIME\",\"department\":\"53\",\"needs\":3,"
                            + "\"positions\":5,\"oldest_raised_at\":\"2026-10-02T08:15:00Z\"}]}}")),
            @Content(mediaType = Spreadsheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "csv", value = "Intentions reçues du;2026-01-01;au;2026-12-31\r\n…\r\n"
                            + "Regroupement;Valeur;Intentions reçues;Éligibles;Couvertes;Satisfaites;Retirées;Taux de désistement;"
                            + "Décidées;Délai médian de décision (jours);Délai de décision, 9e décile (jours);Parcours démarrés;"
                            + "Abandons;Embauches;Postes\r\nTotal;;1200;1010;610;240;96;0,08;700;6,5;19;580;61;240;1300\r\n")) })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response get(
            @Parameter(description = "First day of receipt (Europe/Paris), YYYY-MM-DD; default: a year before `to`.",
                    schema = @Schema(format = "date"), example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day of receipt, included; default: today. At most three years after `from`.",
                    schema = @Schema(format = "date"), example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only intentions in session requests of this sector (UNASSIGNED: in none yet).",
                    example = "CONSTRUCTION") @QueryParam("sector") String sector,
            @Parameter(description = "Only intentions of employers in this département.", example = "44")
            @QueryParam("department") String department, @Context HttpHeaders headers) {
        FunnelReport report = funnel.funnel(from, to, sector, department);
        return Spreadsheet.either(headers, report, () -> FunnelSheet.of(report), FunnelSheet.NAME);
    }
}

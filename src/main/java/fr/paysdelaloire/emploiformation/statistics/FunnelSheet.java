package fr.paysdelaloire.emploiformation.statistics;

import java.util.List;

import fr.paysdelaloire.emploiformation.api.Spreadsheet;

/**
 * The funnel as a spreadsheet (issue #23): the period and filters, then one line for the whole period and one per sector,
 * département and month of receipt, then the unanswered open needs; French column names.
 */
final class FunnelSheet {

    static final String NAME = "entonnoir";

    private FunnelSheet() {
    }

    static Spreadsheet of(FunnelReport report) {
        Spreadsheet sheet = new Spreadsheet()
                .line("Intentions reçues du", report.from(), "au", report.to())
                .line("Filière", report.sector())
                .line("Département", report.department())
                .blank()
                .line("Regroupement", "Valeur", "Intentions reçues", "Éligibles", "Couvertes", "Satisfaites", "Retirées",
                        "Taux de désistement", "Décidées", "Délai médian de décision (jours)", "Délai de décision, 9e décile (jours)",
                        "Parcours démarrés", "Abandons", "Embauches", "Postes", "Sans immersion (§6)");
        row(sheet, "Total", null, report.total());
        rows(sheet, "Filière", report.bySector());
        rows(sheet, "Département", report.byDepartment());
        rows(sheet, "Mois de réception", report.byMonth());
        UnansweredNeeds needs = report.unansweredNeeds();
        if (needs != null) {
            sheet.blank()
                    .line("Besoins ouverts sans proposition depuis " + needs.afterDays() + " jours, au", needs.asOf())
                    .line("Filière", "Département", "Besoins", "Postes", "Le plus ancien exprimé le");
            for (UnansweredNeeds.Row row : needs.bySectorAndDepartment()) {
                sheet.line(row.sector(), row.department(), row.needs(), row.positions(), row.oldestRaisedAt());
            }
            sheet.line("Total", null, needs.needs(), needs.positions(), null);
        }
        return sheet;
    }

    private static void rows(Spreadsheet sheet, String grouping, List<FunnelRow> rows) {
        for (FunnelRow row : rows) {
            String value = row.sector() != null ? row.sector() : row.department() != null ? row.department() : row.month();
            row(sheet, grouping, value, row);
        }
    }

    private static void row(Spreadsheet sheet, String grouping, String value, FunnelRow row) {
        sheet.line(grouping, value, row.received(), row.eligible(), row.covered(), row.fulfilled(), row.withdrawn(),
                row.withdrawalRate(), row.decided(), row.medianDaysToDecision(), row.p90DaysToDecision(), row.pathsStarted(),
                row.pathsDroppedOut(), row.pathsHired(), row.positions(), row.withoutImmersion());
    }
}

package fr.paysdelaloire.emploiformation.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.validation.DepartmentCode;

/** The Region's engagement statistics (FAQ §6: how far employers really commit; §7: what follows the training). */
@ApplicationScoped
public class FunnelService {

    /** Days, months and periods are the Region's. */
    static final ZoneId REGION_TIME = ZoneId.of("Europe/Paris");
    /** The longest period one call covers. */
    static final int MAX_DAYS = 3 * 366;

    @Inject
    FunnelRepository funnel;

    @Inject
    Clock clock;

    /** §2: after how many days an open need nobody proposed for counts as unanswered (the same setting as {@code OpenNeedReads}). */
    @ConfigProperty(name = "ef.needs.unanswered-after-days", defaultValue = "15")
    int unansweredAfterDays;

    @Transactional
    public FunnelReport funnel(String fromText, String toText, String sector, String department) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(REGION_TIME));
        LocalDate to = date("to", toText, today, violations);
        LocalDate from = date("from", fromText, to == null ? null : to.minusYears(1).plusDays(1), violations);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                violations.add(new Violation("from", "must be on or before to"));
            } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
                violations.add(new Violation("to", "must be at most " + MAX_DAYS + " days after from"));
            }
        }
        if (sector != null && !Sector.isCode(sector) && !FunnelRepository.UNASSIGNED.equals(sector)) {
            violations.add(new Violation("sector", "must be a code of GET /api/v1/sectors, or UNASSIGNED"));
        }
        if (department != null && !DepartmentCode.isValid(department)) {
            violations.add(new Violation("department", "must be a département code, e.g. 44"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        List<FunnelRepository.Grouped> rows = funnel.funnel(from, to, sector, department);
        FunnelRow total = rows.stream().filter(g -> g.grouping() == FunnelRepository.Grouping.TOTAL).map(FunnelRepository.Grouped::row)
                .findFirst().orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UnansweredNeeds.Row> unanswered = funnel.unansweredNeeds(now.minusDays(unansweredAfterDays),
                Sector.isCode(sector) ? sector : null, department);
        return new FunnelReport(from, to, sector, department, total, of(rows, FunnelRepository.Grouping.SECTOR),
                of(rows, FunnelRepository.Grouping.DEPARTMENT), of(rows, FunnelRepository.Grouping.MONTH),
                new UnansweredNeeds(unansweredAfterDays, now, unanswered.stream().mapToLong(UnansweredNeeds.Row::needs).sum(),
                        unanswered.stream().mapToLong(UnansweredNeeds.Row::positions).sum(), unanswered));
    }

    private static List<FunnelRow> of(List<FunnelRepository.Grouped> rows, FunnelRepository.Grouping grouping) {
        return rows.stream().filter(g -> g.grouping() == grouping).map(FunnelRepository.Grouped::row).toList();
    }

    private static LocalDate date(String name, String text, LocalDate otherwise, List<Violation> violations) {
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}

package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.api.SqlValues;
import fr.paysdelaloire.emploiformation.candidate.PathDirectory;
import fr.paysdelaloire.emploiformation.candidate.PathStatus;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.PurchaseOrderDirectory;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/** Attendance (§7): the hours each path attends, month by month, recorded by the training body running its session. */
@ApplicationScoped
public class AttendanceService {

    @Inject
    InvoicingRepository invoices;

    @Inject
    PathDirectory paths;

    @Inject
    PurchaseOrderDirectory orders;

    @Inject
    AttendanceLedger ledger;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The training body running the session records a path's hours for a month, until the month is invoiced. */
    public Representation<AttendanceResponse> record(UUID pathId, String monthText, AttendanceBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        LocalDate month = InvoicingRules.month(monthText)
                .orElseThrow(() -> ApiProblem.invalid("month", "must be a month: YYYY-MM"));
        if (month.isAfter(YearMonth.now(clock).atDay(1))) {
            throw ApiProblem.invalid("month", "cannot be in the future");
        }
        return Retries.inTransaction(() -> {
            PathDirectory.PathFacts path = runnablePath(pathId);
            if (path.status() != PathStatus.INTEGRATED && path.status() != PathStatus.COMPLETED
                    && path.status() != PathStatus.DROPPED_OUT) {
                throw ApiProblem.conflict("Hours are recorded for an integrated path; this one is " + path.status());
            }
            SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
            if (!InvoicingRules.sessionRunsIn(month, session.startDate(), session.endDate())) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ATTENDANCE_MONTH: the session runs from " + session.startDate()
                        + " to " + session.endDate() + "; no hours are attended in " + monthText + " (FAQ §7)");
            }
            BigDecimal capacity = InvoicingRules.monthCapacity(month, session.startDate(), session.endDate());
            if (body.hours().compareTo(capacity) > 0) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ATTENDANCE_MONTH: " + body.hours().toPlainString() + " hours in "
                        + monthText + " exceed the " + capacity.toPlainString() + " hours the month can hold for this session (at "
                        + "most " + InvoicingRules.HOURS_A_DAY + " hours a day over the days it runs)");
            }
            Attendance attendance = invoices.attendance(pathId, month).orElse(null);
            if (attendance != null && attendance.invoiceId != null) {
                throw ApiProblem.conflict("This month is invoiced: its hours can be corrected once the invoice is rejected");
            }
            BigDecimal cap = ledger.cap(path);
            BigDecimal others = invoices.otherMonths(pathId, month);
            if (!InvoicingRules.withinCap(body.hours(), others, cap)) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ATTENDANCE_CAP: " + others.add(body.hours()).toPlainString()
                        + " hours in all would exceed the path's " + cap.toPlainString()
                        + " planned hours, extra hours ordered and hours moved in included (FAQ §7)");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            BigDecimal previous = attendance == null ? null : attendance.hours;
            if (attendance == null) {
                attendance = new Attendance();
                attendance.pathId = pathId;
                attendance.month = month;
                attendance.hours = body.hours();
                attendance.updatedBy = actor;
                attendance.updatedAt = now;
                invoices.getEntityManager().persist(attendance);
            } else {
                attendance.hours = body.hours();
                attendance.updatedBy = actor;
                attendance.updatedAt = now;
            }
            invoices.recordChange(pathId, month, previous, body.hours(), actor, now);
            invoices.flush();
            return new Representation<>(attendanceView(path), AttendanceResource.PATH.replace("{id}", pathId.toString()), null, previous == null, null);
        });
    }

    @Transactional
    public AttendanceResponse get(UUID pathId) {
        PathDirectory.PathFacts path = paths.find(pathId).orElseThrow(() -> ApiProblem.notFound("Path " + pathId));
        SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
        if (!(caller.isRegion() || session.runBy(caller.orgSiret().orElse(null)))) {
            throw ApiProblem.notFound("Path " + pathId);
        }
        return attendanceView(path);
    }

    private AttendanceResponse attendanceView(PathDirectory.PathFacts path) {
        List<AttendanceResponse.Month> months = invoices.attendanceOf(path.id()).stream()
                .map(a -> new AttendanceResponse.Month(YearMonth.from(a.month).toString(), a.hours, a.invoiceId)).toList();
        BigDecimal total = months.stream().map(AttendanceResponse.Month::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AttendanceResponse.Change> history = invoices.attendanceHistory(path.id()).stream()
                .map(row -> new AttendanceResponse.Change(YearMonth.from(localDate(row[0])).toString(),
                        (BigDecimal) row[1], (BigDecimal) row[2], (String) row[3], SqlValues.utc(row[4])))
                .toList();
        return new AttendanceResponse(path.id(), ledger.cap(path), total, months, history);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private PathDirectory.PathFacts runnablePath(UUID pathId) {
        PathDirectory.PathFacts path = paths.find(pathId).orElseThrow(() -> ApiProblem.notFound("Path " + pathId));
        SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
        if (!session.runBy(caller.orgSiret().orElse(null))) {
            throw ApiProblem.notFound("Path " + pathId);
        }
        return path;
    }
}

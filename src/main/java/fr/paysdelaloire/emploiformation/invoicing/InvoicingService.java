package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.api.SqlValues;
import fr.paysdelaloire.emploiformation.candidate.PathDirectory;
import fr.paysdelaloire.emploiformation.candidate.PathStatus;
import fr.paysdelaloire.emploiformation.reference.Groupements;
import fr.paysdelaloire.emploiformation.reference.LotPrice;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.PurchaseOrderDirectory;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/** Attendance, monthly invoices per purchase order, and a lot's order book (FAQ §7, §8). */
@ApplicationScoped
public class InvoicingService {

    public static final String INVOICES = "/api/v1/invoices";

    @Inject
    InvoicingRepository invoices;

    @Inject
    PathDirectory paths;

    @Inject
    PurchaseOrderDirectory orders;

    @Inject
    Groupements groupements;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    // --- attendance -------------------------------------------------------------------------------------

    /** The training body running the session records a path's hours for a month, until the month is invoiced. */
    public Representation<InvoicingViews.AttendanceView> recordAttendance(UUID pathId, String monthText, InvoicingViews.AttendanceBody body) {
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
            BigDecimal cap = cap(path);
            BigDecimal others = invoices.otherMonths(pathId, month);
            if (!InvoicingRules.withinCap(body.hours(), others, cap)) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ATTENDANCE_CAP: " + others.add(body.hours()).toPlainString()
                        + " hours in all would exceed the path's " + cap.toPlainString()
                        + " planned hours, extra hours ordered included (FAQ §7)");
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
            return new Representation<>(attendanceView(path), "/api/v1/paths/" + pathId + "/attendance", null, previous == null, null);
        });
    }

    @Transactional
    public InvoicingViews.AttendanceView attendance(UUID pathId) {
        PathDirectory.PathFacts path = paths.find(pathId).orElseThrow(() -> ApiProblem.notFound("Path " + pathId));
        SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
        if (!(caller.isRegion() || session.runBy(caller.orgSiret().orElse(null)))) {
            throw ApiProblem.notFound("Path " + pathId);
        }
        return attendanceView(path);
    }

    private InvoicingViews.AttendanceView attendanceView(PathDirectory.PathFacts path) {
        List<InvoicingViews.AttendanceView.Month> months = invoices.attendanceOf(path.id()).stream()
                .map(a -> new InvoicingViews.AttendanceView.Month(YearMonth.from(a.month).toString(), a.hours, a.invoiceId)).toList();
        BigDecimal total = months.stream().map(InvoicingViews.AttendanceView.Month::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<InvoicingViews.AttendanceView.Change> history = invoices.attendanceHistory(path.id()).stream()
                .map(row -> new InvoicingViews.AttendanceView.Change(YearMonth.from(localDate(row[0])).toString(),
                        (BigDecimal) row[1], (BigDecimal) row[2], (String) row[3], SqlValues.utc(row[4])))
                .toList();
        return new InvoicingViews.AttendanceView(path.id(), cap(path), total, months, history);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** §7: individual planned hours (the session's by default) plus extra hours for the path or its session. */
    private BigDecimal cap(PathDirectory.PathFacts path) {
        SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
        int planned = path.individualHours() == null ? session.plannedHours() : path.individualHours();
        int extra = orders.covering(path.sessionRequestId())
                .map(order -> orders.extraHours(order.id()).stream()
                        .filter(e -> path.sessionRequestId().equals(e.sessionRequestId())
                                && (e.pathIds().isEmpty() || e.pathIds().contains(path.id())))
                        .mapToInt(PurchaseOrderDirectory.ExtraHours::hours).sum())
                .orElse(0);
        return InvoicingRules.cap(planned, extra);
    }

    private PathDirectory.PathFacts runnablePath(UUID pathId) {
        PathDirectory.PathFacts path = paths.find(pathId).orElseThrow(() -> ApiProblem.notFound("Path " + pathId));
        SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
        if (!session.runBy(caller.orgSiret().orElse(null))) {
            throw ApiProblem.notFound("Path " + pathId);
        }
        return path;
    }

    // --- invoices ---------------------------------------------------------------------------------------

    /** §7: one invoice a month per purchase order, issued by the lot's mandataire (§9), computed from attended hours. */
    public Representation<InvoicingViews.InvoiceView> issue(UUID orderId, InvoicingViews.IssueBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        LocalDate month = InvoicingRules.month(body.month()).orElseThrow(() -> ApiProblem.invalid("month", "must be a month: YYYY-MM"));
        return Retries.inTransaction(() -> {
            PurchaseOrderDirectory.OrderFacts order = orders.lock(orderId).orElseThrow(() -> ApiProblem.notFound("Purchase order " + orderId));
            String siret = caller.orgSiret().orElse("");
            if (!siret.equals(order.mandataireSiret())) {
                if (runsASessionOf(order, siret)) {
                    throw ApiProblem.forbidden("The purchase order is addressed to the lot's mandataire, who invoices it (§9)");
                }
                throw ApiProblem.notFound("Purchase order " + orderId);
            }
            invoices.live(orderId, month).ifPresent(existing -> {
                throw ApiProblem.conflictWith("Purchase order " + order.number() + " already has an invoice for " + body.month()
                        + " (one invoice a month per order, FAQ §7)", INVOICES + "/" + existing.id);
            });
            List<PathDirectory.PathFacts> orderPaths = paths.ofSessions(order.sessionIds());
            Map<UUID, UUID> sessionOf = orderPaths.stream()
                    .collect(Collectors.toMap(PathDirectory.PathFacts::id, PathDirectory.PathFacts::sessionRequestId));
            List<Attendance> attended = invoices.attendanceOf(sessionOf.keySet(), month).stream()
                    .filter(a -> a.hours.signum() > 0).toList();
            if (attended.isEmpty()) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "No hours were attended on this order's paths in " + body.month());
            }
            BigDecimal claimed = attended.stream().map(a -> a.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal alreadyInvoiced = invoices.ofOrder(orderId).stream().filter(i -> InvoiceStatus.LIVE.contains(i.status)).map(i -> i.hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal excess = InvoicingRules.excessOverOrder(claimed, order.traineeHours(), alreadyInvoiced);
            if (excess.signum() > 0) {
                // §7, §8: the Region pays what it ordered, amendments included, never more
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ORDER_EXCEEDED: this invoice's " + plain(claimed)
                        + " trainee-hours exceed what purchase order " + order.number() + " has left by " + plain(excess)
                        + " trainee-hours (" + LotPrice.amount(excess, order.pricePerTraineeHour()).toPlainString() + " €): "
                        + "ordered " + plain(order.traineeHours()) + ", already invoiced " + plain(alreadyInvoiced)
                        + ". Extra hours need an amendment of the Region (FAQ §7)");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Invoice invoice = new Invoice();
            invoice.id = UUID.randomUUID();
            invoice.purchaseOrderId = orderId;
            invoice.month = month;
            invoice.status = InvoiceStatus.ISSUED;
            invoice.issuedBy = actor;
            invoice.issuedAt = now;
            BigDecimal hours = BigDecimal.ZERO;
            for (Attendance a : attended) {
                Invoice.Line line = new Invoice.Line();
                line.sessionRequestId = sessionOf.get(a.pathId);
                line.pathId = a.pathId;
                line.hours = a.hours;
                invoice.lines.add(line);
                hours = hours.add(a.hours);
                a.invoiceId = invoice.id;
            }
            invoice.hours = hours;
            invoice.amount = LotPrice.amount(hours, order.pricePerTraineeHour());
            invoices.persist(invoice);
            invoices.flush();
            return Representation.created(INVOICES + "/" + invoice.id, null, view(invoice, order, null));
        });
    }

    /** The Region validates the invoice, or rejects it with a reason; a rejected month can be corrected and invoiced again. */
    public Representation<InvoicingViews.InvoiceView> decide(UUID invoiceId, InvoicingViews.DecisionBody body, boolean validate) {
        String officer = caller.requireOrganisation();
        if (body != null) {
            validation.check(body);
        }
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (!validate && reason == null) {
            throw ApiProblem.invalid("reason", "is required to reject an invoice");
        }
        return Retries.inTransaction(() -> {
            Invoice invoice = invoices.findForUpdate(invoiceId).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId));
            if (invoice.status != InvoiceStatus.ISSUED) {
                throw ApiProblem.conflict("This invoice is already " + invoice.status);
            }
            invoice.status = validate ? InvoiceStatus.VALIDATED : InvoiceStatus.REJECTED;
            invoice.decidedBy = officer;
            invoice.decidedAt = OffsetDateTime.now(clock);
            invoice.rejectReason = validate ? null : reason;
            if (!validate) {
                invoices.unlink(invoice.id);
            }
            invoices.flush();
            PurchaseOrderDirectory.OrderFacts order = orders.find(invoice.purchaseOrderId).orElseThrow();
            return Representation.changed(INVOICES + "/" + invoice.id, null, view(invoice, order, null));
        });
    }

    @Transactional
    public InvoicingViews.InvoiceView get(UUID invoiceId) {
        Invoice invoice = invoices.findByIdOptional(invoiceId).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId));
        PurchaseOrderDirectory.OrderFacts order = orders.find(invoice.purchaseOrderId).orElseThrow();
        return view(invoice, order, linesFilter(order).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId)));
    }

    @Transactional
    public List<InvoicingViews.InvoiceView> ofOrder(UUID orderId) {
        PurchaseOrderDirectory.OrderFacts order = orders.find(orderId).orElseThrow(() -> ApiProblem.notFound("Purchase order " + orderId));
        Set<UUID> visibleSessions = linesFilter(order).orElseThrow(() -> ApiProblem.notFound("Purchase order " + orderId));
        return invoices.ofOrder(orderId).stream().map(i -> view(i, order, visibleSessions)).toList();
    }

    /**
     * Whose lines the caller sees: all for the Region and the mandataire; a co-traitant its own sessions' (§9);
     * nobody else anything (empty).
     */
    private java.util.Optional<Set<UUID>> linesFilter(PurchaseOrderDirectory.OrderFacts order) {
        if (caller.isRegion() || caller.orgSiret().map(order.mandataireSiret()::equals).orElse(false)) {
            return java.util.Optional.of(order.sessionIds());
        }
        String siret = caller.orgSiret().orElse(null);
        Set<UUID> own = order.sessionIds().stream()
                .filter(id -> orders.session(id).map(s -> s.runBy(siret)).orElse(false)).collect(Collectors.toSet());
        return own.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(own);
    }

    private boolean runsASessionOf(PurchaseOrderDirectory.OrderFacts order, String siret) {
        return order.sessionIds().stream().anyMatch(id -> orders.session(id).map(s -> s.runBy(siret)).orElse(false));
    }

    private InvoicingViews.InvoiceView view(Invoice invoice, PurchaseOrderDirectory.OrderFacts order, Set<UUID> sessions) {
        Map<UUID, List<Invoice.Line>> bySession = new LinkedHashMap<>();
        for (Invoice.Line line : invoice.lines) {
            if (sessions == null || sessions.contains(line.sessionRequestId)) {
                bySession.computeIfAbsent(line.sessionRequestId, k -> new ArrayList<>()).add(line);
            }
        }
        List<InvoicingViews.InvoiceView.SessionLines> grouped = bySession.entrySet().stream()
                .map(e -> new InvoicingViews.InvoiceView.SessionLines(e.getKey(),
                        e.getValue().stream().map(l -> l.hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().stream().map(l -> new InvoicingViews.InvoiceView.Line(l.pathId, l.hours)).toList()))
                .toList();
        return new InvoicingViews.InvoiceView(invoice.id, invoice.purchaseOrderId, order.number(),
                YearMonth.from(invoice.month).toString(), invoice.status.name(), invoice.hours, order.pricePerTraineeHour(),
                invoice.amount, grouped, invoice.issuedBy, invoice.issuedAt, invoice.decidedBy, invoice.decidedAt, invoice.rejectReason);
    }

    // --- order book -------------------------------------------------------------------------------------

    /** §8: what a lot's orders, invoices and validations amount to against the market's minimum. */
    @Transactional
    public InvoicingViews.OrderBook orderBook(String lotCode) {
        Groupements.LotFacts lot = groupements.lot(lotCode).orElseThrow(() -> ApiProblem.notFound("Lot " + lotCode));
        if (!(caller.isRegion() || caller.orgSiret().map(lot.mandataireSiret()::equals).orElse(false))) {
            throw ApiProblem.notFound("Lot " + lotCode + "'s order book");
        }
        List<PurchaseOrderDirectory.OrderFacts> lotOrders = orders.ofLot(lotCode);
        BigDecimal ordered = lotOrders.stream().map(PurchaseOrderDirectory.OrderFacts::traineeHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Invoice> lotInvoices = invoices.ofOrders(lotOrders.stream().map(PurchaseOrderDirectory.OrderFacts::id).toList());
        BigDecimal invoiced = sum(lotInvoices, InvoiceStatus.LIVE);
        BigDecimal validated = sum(lotInvoices, Set.of(InvoiceStatus.VALIDATED));
        BigDecimal minimum = BigDecimal.valueOf(lot.minimumOrderHours());
        BigDecimal price = lot.pricePerTraineeHour();
        List<InvoicingViews.OrderBook.Order> perOrder = lotOrders.stream().map(o -> {
            BigDecimal orderInvoiced = sum(lotInvoices.stream().filter(i -> i.purchaseOrderId.equals(o.id())).toList(), InvoiceStatus.LIVE);
            return new InvoicingViews.OrderBook.Order(o.id(), o.number(), o.traineeHours(), o.amount(), orderInvoiced,
                    o.traineeHours().subtract(orderInvoiced));
        }).toList();
        return new InvoicingViews.OrderBook(lotCode, lot.minimumOrderHours(), price, ordered, LotPrice.amount(ordered, price),
                invoiced, LotPrice.amount(invoiced, price), validated, LotPrice.amount(validated, price),
                minimum.subtract(ordered).max(BigDecimal.ZERO), ordered.compareTo(minimum) < 0, perOrder);
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal sum(List<Invoice> invoices, Set<InvoiceStatus> wanted) {
        return invoices.stream().filter(i -> wanted.contains(i.status)).map(i -> i.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

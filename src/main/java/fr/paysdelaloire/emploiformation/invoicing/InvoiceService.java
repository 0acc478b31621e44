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

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.candidate.PathDirectory;
import fr.paysdelaloire.emploiformation.reference.LotPrice;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.PurchaseOrderDirectory;

/** Invoices (§7, §9): one a month per purchase order, issued by the lot's mandataire from attended hours, decided by the Region. */
@ApplicationScoped
public class InvoiceService {

    @Inject
    InvoicingRepository invoices;

    @Inject
    PathDirectory paths;

    @Inject
    PurchaseOrderDirectory orders;

    @Inject
    AttendanceLedger ledger;

    @Inject
    InvoicingConfig config;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** §7: one invoice a month per purchase order, issued by the lot's mandataire (§9), computed from attended hours. */
    public Representation<InvoiceResponse> issue(UUID orderId, InvoiceIssueBody body) {
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
                        + " (one invoice a month per order, FAQ §7)", InvoiceResource.PATH + "/" + existing.id);
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
            BigDecimal alreadyInvoiced = invoices.liveHours(orderId);
            BigDecimal excess = InvoicingRules.excessOverOrder(claimed, order.traineeHours(), alreadyInvoiced);
            if (excess.signum() > 0) {
                // §7, §8: the Region pays what it ordered, amendments included, never more
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ORDER_EXCEEDED: this invoice's " + plain(claimed)
                        + " trainee-hours exceed what purchase order " + order.number() + " has left by " + plain(excess)
                        + " trainee-hours (" + LotPrice.amount(excess, order.pricePerTraineeHour()).toPlainString() + " €): "
                        + "ordered " + plain(order.traineeHours()) + ", already invoiced " + plain(alreadyInvoiced)
                        + ". Extra hours need an amendment of the Region (FAQ §7)");
            }
            Map<UUID, BigDecimal> claimedBySession = new LinkedHashMap<>();
            attended.forEach(a -> claimedBySession.merge(sessionOf.get(a.pathId), a.hours, BigDecimal::add));
            claimedBySession.forEach((session, hours) -> {
                BigDecimal over = InvoicingRules.excessOverOrder(hours, orders.volume(session).ordered(), ledger.invoiced(session));
                if (over.signum() > 0) {
                    // §7, §8: what a session invoices stays within what the order holds for it, transfers included
                    throw new ApiProblem(ProblemType.UNPROCESSABLE, "SESSION_VOLUME: session " + session + " would invoice "
                            + plain(over) + " trainee-hours more than the " + plain(orders.volume(session).ordered())
                            + " its order holds for it (FAQ §7, §8)");
                }
            });
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
            return Representation.created(InvoiceResource.PATH + "/" + invoice.id, null, view(invoice, order, null));
        });
    }

    /** The Region validates the invoice, or rejects it with a reason; a rejected month can be corrected and invoiced again. */
    public Representation<InvoiceResponse> decide(UUID invoiceId, InvoiceDecisionBody body, boolean validate) {
        String officer = caller.requireOrganisation();
        if (body != null) {
            validation.check(body);
        }
        String reason = body == null ? null : FreeText.orNull(body.reason());
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
            return Representation.changed(InvoiceResource.PATH + "/" + invoice.id, null, view(invoice, order, null));
        });
    }

    /**
     * A validated invoice is never edited (issue #20): the lot's mandataire cancels it with a credit note for its whole
     * amount; the invoice becomes CREDITED and its month's hours can be corrected and invoiced again.
     */
    public Representation<InvoiceResponse> credit(UUID invoiceId, CreditNoteBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        return Retries.inTransaction(() -> {
            Invoice invoice = invoices.findForUpdate(invoiceId).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId));
            PurchaseOrderDirectory.OrderFacts order = orders.find(invoice.purchaseOrderId).orElseThrow();
            if (!caller.orgSiret().map(order.mandataireSiret()::equals).orElse(false)) {
                if (linesFilter(order).isPresent()) {
                    throw ApiProblem.forbidden("The lot's mandataire, who invoices the order (§9), issues its credit notes");
                }
                throw ApiProblem.notFound("Invoice " + invoiceId);
            }
            if (invoice.status != InvoiceStatus.VALIDATED) {
                throw ApiProblem.conflict("A credit note cancels a VALIDATED invoice; this one is " + invoice.status
                        + (invoice.status == InvoiceStatus.ISSUED ? ": the Region rejects it, and the month is invoiced again" : ""));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            CreditNote note = new CreditNote();
            note.id = UUID.randomUUID();
            note.invoiceId = invoice.id;
            note.hours = invoice.hours.negate();
            note.amount = invoice.amount.negate();
            note.reason = body.reason().strip();
            note.issuedBy = actor;
            note.issuedAt = now;
            invoices.getEntityManager().persist(note);
            invoice.status = InvoiceStatus.CREDITED;
            invoices.unlink(invoice.id);
            invoices.flush();
            return Representation.changed(InvoiceResource.PATH + "/" + invoice.id, null, view(invoice, order, null));
        });
    }

    /**
     * The invoice as a document the Region's finance team files (issue #20): CSV (semicolon-separated, UTF-8), with the
     * order number, the mandataire, one line per path with its session and component, and the totals before and with
     * VAT and the VAT mention. For those who may read the invoice whole: the Region and the lot's mandataire.
     */
    @Transactional
    public String csv(UUID invoiceId) {
        Invoice invoice = invoices.findByIdOptional(invoiceId).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId));
        PurchaseOrderDirectory.OrderFacts order = orders.find(invoice.purchaseOrderId).orElseThrow();
        if (!(caller.isRegion() || caller.orgSiret().map(order.mandataireSiret()::equals).orElse(false))) {
            throw ApiProblem.notFound("Invoice " + invoiceId);
        }
        StringBuilder csv = new StringBuilder();
        csv.append("facture;").append(invoice.id).append('\n');
        csv.append("bon_de_commande;").append(order.number()).append('\n');
        csv.append("lot;").append(order.lotCode()).append('\n');
        csv.append("mandataire_siret;").append(order.mandataireSiret()).append('\n');
        csv.append("mois;").append(YearMonth.from(invoice.month)).append('\n');
        csv.append("statut;").append(invoice.status).append('\n');
        csv.append("prix_heure_stagiaire_ht;").append(order.pricePerTraineeHour().toPlainString()).append('\n');
        csv.append('\n').append("session;composante;parcours;heures;montant_ht").append('\n');
        for (Invoice.Line line : invoice.lines) {
            String kind = orders.session(line.sessionRequestId).map(s -> s.kind().name()).orElse("");
            csv.append(line.sessionRequestId).append(';').append(kind).append(';').append(line.pathId).append(';')
                    .append(line.hours.toPlainString()).append(';')
                    .append(LotPrice.amount(line.hours, order.pricePerTraineeHour()).toPlainString()).append('\n');
        }
        BigDecimal withVat = InvoicingRules.withVat(invoice.amount, config.vatRate());
        csv.append('\n').append("total_heures;").append(invoice.hours.toPlainString()).append('\n');
        csv.append("total_ht;").append(invoice.amount.toPlainString()).append('\n');
        csv.append("tva;").append(withVat.subtract(invoice.amount).toPlainString()).append('\n');
        csv.append("total_ttc;").append(withVat.toPlainString()).append('\n');
        csv.append("mention_tva;").append(config.vatMention().replace(';', ',')).append('\n');
        credit(invoice.id).ifPresent(c -> csv.append("avoir;").append(c.id).append(';').append(c.amount.toPlainString()).append('\n'));
        return csv.toString();
    }

    @Transactional
    public InvoiceResponse get(UUID invoiceId) {
        Invoice invoice = invoices.findByIdOptional(invoiceId).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId));
        PurchaseOrderDirectory.OrderFacts order = orders.find(invoice.purchaseOrderId).orElseThrow();
        return view(invoice, order, linesFilter(order).orElseThrow(() -> ApiProblem.notFound("Invoice " + invoiceId)));
    }

    @Transactional
    public List<InvoiceResponse> ofOrder(UUID orderId) {
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

    private InvoiceResponse view(Invoice invoice, PurchaseOrderDirectory.OrderFacts order, Set<UUID> sessions) {
        Map<UUID, List<Invoice.Line>> bySession = new LinkedHashMap<>();
        for (Invoice.Line line : invoice.lines) {
            if (sessions == null || sessions.contains(line.sessionRequestId)) {
                bySession.computeIfAbsent(line.sessionRequestId, k -> new ArrayList<>()).add(line);
            }
        }
        List<InvoiceResponse.SessionLines> grouped = bySession.entrySet().stream()
                .map(e -> new InvoiceResponse.SessionLines(e.getKey(),
                        orders.session(e.getKey()).map(s -> s.kind().name()).orElse(null),
                        e.getValue().stream().map(l -> l.hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().stream().map(l -> new InvoiceResponse.Line(l.pathId, l.hours)).toList()))
                .toList();
        return new InvoiceResponse(invoice.id, invoice.purchaseOrderId, order.number(),
                YearMonth.from(invoice.month).toString(), invoice.status.name(), invoice.hours, order.pricePerTraineeHour(),
                invoice.amount, grouped, invoice.issuedBy, invoice.issuedAt, invoice.decidedBy, invoice.decidedAt, invoice.rejectReason,
                credit(invoice.id).map(c -> new InvoiceResponse.Credit(c.id, c.hours, c.amount, c.reason, c.issuedBy, c.issuedAt))
                        .orElse(null));
    }

    private java.util.Optional<CreditNote> credit(UUID invoiceId) {
        return invoices.getEntityManager().createQuery("from CreditNote where invoiceId = :id", CreditNote.class)
                .setParameter("id", invoiceId).getResultStream().findFirst();
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}

package fr.paysdelaloire.emploiformation.invoicing;

import java.util.EnumSet;
import java.util.Set;

/** A monthly invoice (§7): issued by the mandataire, then validated or rejected by the Region. */
public enum InvoiceStatus {
    ISSUED,
    VALIDATED,
    REJECTED,
    /** A validated invoice cancelled by a credit note (avoir) for its whole amount: the month may be invoiced again. */
    CREDITED;

    /** The invoices that claim their hours: issued and not rejected (one a month per order). */
    public static final Set<InvoiceStatus> LIVE = EnumSet.of(ISSUED, VALIDATED);
}

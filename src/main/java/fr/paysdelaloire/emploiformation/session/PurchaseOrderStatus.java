package fr.paysdelaloire.emploiformation.session;

/** A purchase order (bon de commande): issued to the lot's mandataire (§9), or cancelled with its only session. */
public enum PurchaseOrderStatus {
    ISSUED,
    CANCELLED
}

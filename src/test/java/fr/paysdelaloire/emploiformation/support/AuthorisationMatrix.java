package fr.paysdelaloire.emploiformation.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.paysdelaloire.emploiformation.security.Roles;

/**
 * Who may call what: for every operation of the contract, the roles allowed, declared once, one row per operation.
 * {@code AuthorisationMatrixTest} checks the served API against it (and that every operation has a row);
 * {@code BadInputCampaignTest} calls each operation with a role it allows.
 */
public final class AuthorisationMatrix {

    public static final String P = Roles.EMPLOYER_PLATFORM;
    public static final String T = Roles.TRAINING_BODY;
    public static final String V = Roles.VALIDATOR;
    public static final String R = Roles.REGION_OFFICER;
    public static final String C = Roles.PUBLISHER;
    public static final Set<String> ALL = Set.of(P, T, V, R, C);

    private static final Map<String, Set<String>> ROWS = new LinkedHashMap<>();

    /** Operation ("GET /api/v1/lots") → roles allowed. */
    public static final Map<String, Set<String>> MATRIX = Collections.unmodifiableMap(ROWS);

    private AuthorisationMatrix() {
    }

    private static void row(String operation, String... roles) {
        ROWS.put(operation, Set.of(roles));
    }

    static {
        row("GET /api/v1/sectors", P, T, V, R, C);
        row("GET /api/v1/lots", P, T, V, R, C);
        row("GET /api/v1/lots/{code}", P, T, V, R, C);
        row("PUT /api/v1/lots/{code}", R);
        row("GET /api/v1/lots/{code}/order-book", T, R);
        row("POST /api/v1/lots/{code}/subcontractor-approvals", T);
        row("GET /api/v1/lots/{code}/subcontractor-approvals", T, R);
        row("GET /api/v1/lots/{code}/subcontractor-approvals/{approval_id}", T, R);
        row("POST /api/v1/lots/{code}/subcontractor-approvals/{approval_id}/withdraw", T);
        row("POST /api/v1/hiring-intentions", P, T, V);
        row("GET /api/v1/hiring-intentions", P, T, V, R);
        row("POST /api/v1/hiring-intentions/validation", P, T, V);
        row("POST /api/v1/hiring-intentions/search", P, T, V, R);
        row("GET /api/v1/hiring-intentions/{id}", P, T, V, R);
        row("PUT /api/v1/hiring-intentions/{id}", P, T, V);
        row("POST /api/v1/hiring-intentions/{id}/withdraw", P, T, V, R);
        row("GET /api/v1/hiring-intentions/{id}/history", P, T, V, R);
        row("POST /api/v1/hiring-intentions/{id}/arbitration", R);
        row("GET /api/v1/open-needs", P, T, V, R);
        row("GET /api/v1/open-needs/{id}", P, T, V, R);
        row("POST /api/v1/open-needs/{id}/proposals", T);
        row("GET /api/v1/open-needs/{id}/proposals", P, T, V, R);
        row("GET /api/v1/open-needs/{id}/proposals/{proposal_id}", P, T, V, R);
        row("POST /api/v1/open-needs/{id}/take-up", P, V);
        row("POST /api/v1/session-requests", T, R);
        row("GET /api/v1/session-requests", T, R);
        row("GET /api/v1/session-requests/{id}", T, R);
        row("PUT /api/v1/session-requests/{id}", T);
        row("GET /api/v1/session-requests/{id}/history", T, R);
        row("POST /api/v1/session-requests/{id}/submit", T);
        row("POST /api/v1/session-requests/{id}/withdraw", T);
        row("POST /api/v1/session-requests/{id}/start-review", R);
        row("POST /api/v1/session-requests/{id}/request-information", R);
        row("POST /api/v1/session-requests/{id}/authorise", R);
        row("POST /api/v1/session-requests/{id}/reject", R);
        row("POST /api/v1/session-requests/{id}/start", T, R);
        row("POST /api/v1/session-requests/{id}/complete", T, R);
        row("POST /api/v1/session-requests/{id}/cancel", T, R);
        row("POST /api/v1/session-requests/{id}/calendar", T);
        row("POST /api/v1/session-requests/{id}/calendar/accept", R);
        row("POST /api/v1/session-requests/{id}/calendar/refuse", R);
        row("GET /api/v1/session-requests/{id}/reviews", T, R);
        row("POST /api/v1/session-requests/{id}/reviews", T);
        row("POST /api/v1/session-requests/{id}/reviews/{review_id}/decision", R);
        row("POST /api/v1/session-requests/{id}/paths", V, T);
        row("GET /api/v1/session-requests/{id}/paths", V, T, R);
        row("GET /api/v1/instruction-queue", R);
        row("GET /api/v1/purchase-orders", T, R);
        row("GET /api/v1/purchase-orders/{id}", T, R);
        row("POST /api/v1/purchase-orders/{id}/amendments", R);
        row("POST /api/v1/purchase-orders/{id}/invoices", T);
        row("GET /api/v1/purchase-orders/{id}/invoices", T, R);
        row("GET /api/v1/purchase-orders/{id}/ledger", T, R);
        row("GET /api/v1/invoices/{id}", T, R);
        row("POST /api/v1/invoices/{id}/validate", R);
        row("POST /api/v1/invoices/{id}/reject", R);
        row("POST /api/v1/invoices/{id}/credit-note", T);
        row("GET /api/v1/invoices/{id}/export", T, R);
        row("POST /api/v1/derogations", T);
        row("GET /api/v1/derogations/{id}", T, R);
        row("POST /api/v1/derogations/{id}/grant", R);
        row("POST /api/v1/derogations/{id}/refuse", R);
        row("POST /api/v1/candidates", V);
        row("POST /api/v1/candidates/search", V, T, R);
        // every role reaches the operation; only those who handle the candidate get it, the others 404
        row("GET /api/v1/candidates/{id}", P, T, V, R, C);
        row("POST /api/v1/candidates/{id}/validate", V);
        row("POST /api/v1/candidates/{id}/situation", V);
        row("GET /api/v1/candidates/{id}/history", V, T, R);
        row("POST /api/v1/candidates/{id}/referrals", V);
        row("GET /api/v1/candidates/{id}/referrals", V, T, R);
        row("POST /api/v1/candidates/{id}/referrals/{referral_id}/withdraw", V);
        row("GET /api/v1/referrals", V, T, R);
        row("GET /api/v1/referrals/{id}", V, T, R);
        row("GET /api/v1/candidates/{id}/access-log", R);
        row("GET /api/v1/paths/{id}", V, T, R);
        row("GET /api/v1/paths/{id}/history", V, T, R);
        row("POST /api/v1/paths/{id}/employer-agreement", T);
        row("POST /api/v1/paths/{id}/integrate", T);
        row("POST /api/v1/paths/{id}/drop-out", T);
        row("POST /api/v1/paths/{id}/outcome", T);
        row("GET /api/v1/paths/{id}/attendance", T, R);
        row("PUT /api/v1/paths/{id}/attendance/{month}", T);
        row("GET /api/v1/publication/sessions", C, V);
        row("GET /api/v1/publication/sessions.xml", C, V);
        row("GET /api/v1/publication/sessions/snapshot", C, V);
        row("POST /api/v1/publication/sessions/search", C, V);
        row("POST /api/v1/webhooks", P, T, V, R);
        row("GET /api/v1/webhooks", P, T, V, R);
        row("GET /api/v1/webhooks/{id}", P, T, V, R);
        row("DELETE /api/v1/webhooks/{id}", P, T, V, R);
        row("POST /api/v1/webhooks/{id}/secret", P, T, V, R);
        row("GET /api/v1/webhooks/{id}/deliveries", P, T, V, R);
        row("GET /api/v1/webhooks/{id}/deliveries/{delivery_id}", P, T, V, R);
        row("POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/replay", P, T, V, R);
        row("GET /api/v1/statistics/funnel", R);
    }
}

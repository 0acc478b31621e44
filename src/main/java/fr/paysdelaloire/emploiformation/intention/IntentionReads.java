package fr.paysdelaloire.emploiformation.intention;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Paging;
import fr.paysdelaloire.emploiformation.api.QueryParams;
import fr.paysdelaloire.emploiformation.api.Representation;

/** Reading hiring intentions, as {@link IntentionAccess} lets the caller: one, its history, a page of them. */
@ApplicationScoped
public class IntentionReads {

    static final int MAX_PAGE_SIZE = 100;
    /** The list counts matching intentions up to this many (see {@link IntentionPage#total()}). */
    public static final int COUNT_CAP = 1000;

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionHistoryRepository history;

    @Inject
    IntentionAccess access;

    @Inject
    IntentionMapper mapper;

    @Inject
    BodyValidator bodies;

    @Transactional
    public Representation<IntentionResponse> get(UUID id) {
        HiringIntention recorded = access.visible(id);
        return Representation.read(recorded.version, mapper.response(recorded));
    }

    @Transactional
    public IntentionHistoryResponse history(UUID id) {
        access.visible(id);
        return new IntentionHistoryResponse(history.of(id).stream()
                .map(e -> new IntentionHistoryResponse.Change(e.fromStatus, e.toStatus, e.actor, e.at, e.reason)).toList());
    }

    /** The list's filters in a body (an employer's SIRET kept out of URLs); the answer links no URL. */
    @Transactional
    public IntentionPage search(IntentionSearchBody search) {
        bodies.check(search);
        IntentionPage page = list(search.status(), search.employerSiret(), search.updatedSince(), search.cursor(), search.page(),
                search.size());
        return new IntentionPage(page.items(), page.total(), page.totalCapped(), page.page(), page.size(), null, page.nextPage(),
                page.nextCursor());
    }

    /**
     * A page of the list: after {@code cursor} when given (every page then costs the same), otherwise the offset page
     * {@code page} (deprecated since issue #22, kept for the partners who use it). Either answer carries the cursor of
     * the next page; {@code next} links the next page the way this one was asked for.
     */
    @Transactional
    public IntentionPage list(String status, String employerSiret, String updatedSince, String cursor, Integer page, Integer size) {
        QueryParams query = new QueryParams();
        IntentionStatus statusFilter = query.oneOf("status", status, IntentionStatus.class);
        query.siret("employer_siret", employerSiret);
        OffsetDateTime since = query.instant("updated_since", updatedSince);
        Paging paging = query.paging(page, size, MAX_PAGE_SIZE);
        IntentionCursor after = null;
        if (cursor != null) {
            after = IntentionCursor.decode(cursor).orElse(null);
            if (after == null) {
                query.refuse("cursor", "is not a cursor this list gave (next_cursor)");
            }
            if (page != null) {
                query.refuse("page", "give either page or cursor, not both");
            }
        }
        query.done();
        int pageSize = paging.size();
        int offset = after == null ? paging.page() * pageSize : 0;
        HiringIntentionRepository.Scope scope = access.scope();
        HiringIntentionRepository.Filter filter = new HiringIntentionRepository.Filter(statusFilter, employerSiret, since);
        long counted = intentions.total(scope, filter, COUNT_CAP);
        boolean capped = counted > COUNT_CAP;
        long total = Math.min(counted, COUNT_CAP);
        List<HiringIntention> found = intentions.page(scope, filter, after, offset, pageSize + 1);
        boolean more = found.size() > pageSize;
        List<HiringIntention> shown = more ? found.subList(0, pageSize) : found;
        String nextCursor = more ? IntentionCursor.after(shown.get(shown.size() - 1)).encode() : null;
        String filters = "&size=" + pageSize + (status == null ? "" : "&status=" + status)
                + (employerSiret == null ? "" : "&employer_siret=" + employerSiret)
                + (updatedSince == null ? "" : "&updated_since=" + URLEncoder.encode(updatedSince, StandardCharsets.UTF_8));
        List<IntentionResponse> items = shown.stream().map(mapper::response).toList();
        if (after != null) {
            return new IntentionPage(items, total, capped, null, pageSize,
                    more ? IntentionResource.PATH + "?cursor=" + nextCursor + filters : null, null, nextCursor);
        }
        int pageNumber = paging.page();
        return new IntentionPage(items, total, capped, pageNumber, pageSize,
                more ? IntentionResource.PATH + "?page=" + (pageNumber + 1) + filters : null, more ? pageNumber + 1 : null, nextCursor);
    }
}

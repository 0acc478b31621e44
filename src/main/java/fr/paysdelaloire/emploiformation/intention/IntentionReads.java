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
        IntentionPage page = list(search.status(), search.employerSiret(), search.updatedSince(), search.page(), search.size());
        return new IntentionPage(page.items(), page.total(), page.totalCapped(), page.page(), page.size(), null, page.nextPage());
    }

    @Transactional
    public IntentionPage list(String status, String employerSiret, String updatedSince, Integer page, Integer size) {
        QueryParams query = new QueryParams();
        IntentionStatus statusFilter = query.oneOf("status", status, IntentionStatus.class);
        query.siret("employer_siret", employerSiret);
        OffsetDateTime since = query.instant("updated_since", updatedSince);
        Paging paging = query.paging(page, size, MAX_PAGE_SIZE);
        query.done();
        int pageNumber = paging.page();
        int pageSize = paging.size();
        HiringIntentionRepository.Scope scope = access.scope();
        HiringIntentionRepository.Filter filter = new HiringIntentionRepository.Filter(statusFilter, employerSiret, since);
        long counted = intentions.total(scope, filter, COUNT_CAP);
        boolean capped = counted > COUNT_CAP;
        long total = Math.min(counted, COUNT_CAP);
        List<IntentionResponse> items = intentions.page(scope, filter, pageNumber, pageSize).stream().map(mapper::response).toList();
        String next = (long) (pageNumber + 1) * pageSize < total || capped && items.size() == pageSize
                ? IntentionResource.PATH + "?page=" + (pageNumber + 1) + "&size=" + pageSize
                        + (status == null ? "" : "&status=" + status)
                        + (employerSiret == null ? "" : "&employer_siret=" + employerSiret)
                        + (updatedSince == null ? "" : "&updated_since=" + URLEncoder.encode(updatedSince, StandardCharsets.UTF_8))
                : null;
        return new IntentionPage(items, total, capped, pageNumber, pageSize, next, next == null ? null : pageNumber + 1);
    }
}

package fr.paysdelaloire.emploiformation.intention;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of hiring intentions, oldest first (creation time, then id). */
@Schema(name = "HiringIntentionPage")
public record IntentionPage(
        List<IntentionResponse> items,
        @Schema(description = "How many intentions match, over all pages, counted up to " + IntentionReads.COUNT_CAP
                + " (beyond, `total` is " + IntentionReads.COUNT_CAP + " and `total_capped` is true: counting millions of "
                + "rows for every page would make the list slower as the scheme grows; follow `next` to read them all).",
                examples = "42") long total,
        @Schema(description = "True when more intentions match than `total` says.", examples = "false") boolean totalCapped,
        @Schema(description = "This page's number, from 0.", examples = "0") int page,
        @Schema(description = "Page size.", examples = "20") int size,
        @Schema(description = "Link to the next page; absent on the last one, and in the answers of the POST search (whose "
                + "filters stay out of URLs: repeat the search with `page` = `next_page`).",
                examples = "/api/v1/hiring-intentions?page=1&size=20&status=ELIGIBLE") String next,
        @Schema(description = "The next page's number; absent on the last one.", examples = "1") Integer nextPage) {
}

package fr.paysdelaloire.emploiformation.intention;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of hiring intentions, oldest first (creation time, then id), asked for by cursor or (deprecated) by page number. */
@Schema(name = "HiringIntentionPage")
public record IntentionPage(
        List<IntentionResponse> items,
        @Schema(description = "How many intentions match, over all pages, counted up to " + IntentionReads.COUNT_CAP
                + " (beyond, `total` is " + IntentionReads.COUNT_CAP + " and `total_capped` is true: counting millions of "
                + "rows for every page would make the list slower as the scheme grows; follow `next` or `next_cursor` to read them all).",
                examples = "42") long total,
        @Schema(description = "True when more intentions match than `total` says.", examples = "false") boolean totalCapped,
        @Schema(description = "This page's number, from 0, when it was asked for by `page`; absent when asked for by `cursor`.",
                examples = "0", deprecated = true) Integer page,
        @Schema(description = "Page size.", examples = "20") int size,
        @Schema(description = "Link to the next page, asked for the way this one was (by `cursor`, or by `page`); absent on "
                + "the last one, and in the answers of the POST search (whose filters stay out of URLs: repeat the search with "
                + "`cursor` = `next_cursor`).",
                examples = "/api/v1/hiring-intentions?page=1&size=20&status=ELIGIBLE") String next,
        @Schema(description = "The next page's number, when this one was asked for by `page`; absent on the last one.",
                examples = "1", deprecated = true) Integer nextPage,
        @Schema(description = "Where the next page starts: pass it as `cursor` (with the same filters and `size`) to get it; "
                + "absent on the last one. Opaque. Every page read by cursor costs the same however deep it is, and an "
                + "intention recorded meanwhile never shifts one (it comes last, the list being oldest first).",
                examples = "aTE6MTc2NDUwMjQwMDAwMDAwMDo1ZjNhMmI0Yy0wMDAwLTRhMDAtOGEwMC0wMDAwMDAwMDAwMDE") String nextCursor) {
}

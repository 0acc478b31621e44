package fr.paysdelaloire.emploiformation.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The feed's or the export's filters in a body: an employer's SIRET never travels in a URL. */
@Schema(name = "PublishedSessionSearch", description = "The filters of the feed, in the body: preferred for `employer_siret` "
        + "(search by recruiter, FAQ §10), which a query string would leave in access logs.")
public record SessionSearchBody(
        @Schema(description = "Only sessions answering this employer's hiring intentions.", examples = "41229838000012")
        String employerSiret,
        @Schema(description = "The next_cursor of a previous page (JSON only).") String cursor,
        @Schema(description = "First sync from this instant (JSON only).", examples = "2026-11-01T00:00:00Z") String updatedSince,
        @Schema(description = "Page size, 1 to 2000 (default 100; JSON only).", examples = "100") Integer limit) {
}

package fr.paysdelaloire.emploiformation.intention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list's filters in a body, so that an employer's SIRET never travels in a URL (access logs, proxies, history). */
@Schema(name = "HiringIntentionSearch", description = "The filters of `GET /hiring-intentions`, in the body. Prefer it when "
        + "filtering by `employer_siret`: a SIRET in a query string ends up in the access logs of every proxy on the way, "
        + "and a sole trader's SIRET is personal data.")
public record IntentionSearchBody(
        @Schema(description = "Only intentions in this status.", ref = "IntentionStatus") String status,
        @Schema(description = "Only this employer's intentions.", examples = "41229838000012") String employerSiret,
        @Schema(description = "Only intentions changed at or after this instant (ISO-8601 with offset).",
                examples = "2026-11-01T00:00:00Z") String updatedSince,
        @Schema(description = "The `next_cursor` of a previous answer: the page after it. Not with `page`.",
                examples = "aTE6MTc2NDUwMjQwMDAwMDAwMDo1ZjNhMmI0Yy0wMDAwLTRhMDAtOGEwMC0wMDAwMDAwMDAwMDE") String cursor,
        @Schema(description = "Page number, from 0. Deprecated: every page costs its offset; use `cursor`.", examples = "0",
                deprecated = true) Integer page,
        @Schema(description = "Page size, 1 to 100 (default 20).", examples = "20") Integer size) {
}

package fr.paysdelaloire.emploiformation.intention;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of open needs, oldest first. */
@Schema(name = "OpenNeedPage")
public record OpenNeedPage(
        List<OpenNeedResponse> items,
        @Schema(description = "How many needs match, over all pages.", examples = "3") long total,
        @Schema(description = "This page's number, from 0.", examples = "0") int page,
        @Schema(description = "Page size.", examples = "20") int size,
        @Schema(description = "The next page's number; absent on the last one.", examples = "1") Integer nextPage) {
}

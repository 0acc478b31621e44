package fr.paysdelaloire.emploiformation.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the delta feed. */
@Schema(name = "PublicationPage")
public record FeedPage(
        @Schema(description = "Sessions published or changed, in change order.", type = SchemaType.ARRAY,
                implementation = PublishedSession.class) List<StoredJson> items,
        @Schema(description = "Sessions withdrawn from publication after being published (cancelled, completed, or left with no "
                + "hiring intention while the Region decides after a withdrawal, §10): remove them.")
        List<Tombstone> tombstones,
        @Schema(description = "Give it as `cursor` to get what changed after this page; keep it for the next sync.",
                examples = "YzE6NDI") String nextCursor,
        @Schema(description = "True when the page is full: more changes wait after next_cursor.") boolean hasMore) {

    @Schema(name = "PublicationTombstone")
    public record Tombstone(UUID id, OffsetDateTime deletedAt) {
    }
}

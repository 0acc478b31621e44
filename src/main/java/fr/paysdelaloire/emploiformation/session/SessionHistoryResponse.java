package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionRequestHistory")
public record SessionHistoryResponse(List<Change> items) {

    @Schema(name = "SessionRequestChange")
    public record Change(SessionStatus from, SessionStatus to,
            @Schema(examples = "region-officer:region-tool") String actor, OffsetDateTime at,
            @Schema(examples = "Projet complet, employeurs engagés.") String reason) {
    }
}

package fr.paysdelaloire.emploiformation.candidate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PathIntegration", description = "The training body's final validation of the integration (FAQ §5).")
public record PathIntegrationBody(
        @Schema(description = "This trainee's hours, if fewer than the session's planned hours (FAQ §7: an individualised "
                + "path); never more (422): extra hours come from the Region's amendments.", examples = "620")
        @Min(1) @Max(5000) Integer individualHours,
        @Schema(description = "Part-time path, pay prorated (FAQ §5).", examples = "false") Boolean partTime) {
}

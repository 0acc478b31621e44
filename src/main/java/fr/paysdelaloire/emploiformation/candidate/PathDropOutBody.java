package fr.paysdelaloire.emploiformation.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PathDropOut")
public record PathDropOutBody(
        @Schema(examples = "Abandon pour raisons personnelles") @NotBlank @Size(max = 1000) String reason) {
}

package fr.paysdelaloire.emploiformation.intention;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need's proposals, oldest first. */
@Schema(name = "NeedProposalList")
public record ProposalList(List<ProposalResponse> items) {
}

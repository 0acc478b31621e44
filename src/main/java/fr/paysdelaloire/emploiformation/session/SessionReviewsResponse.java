package fr.paysdelaloire.emploiformation.session;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionReviews", description = "A session's reviews, oldest first: withdrawals the Region analysed and joinings.")
public record SessionReviewsResponse(List<SessionReviewResponse> items) {
}

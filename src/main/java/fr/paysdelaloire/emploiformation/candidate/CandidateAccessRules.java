package fr.paysdelaloire.emploiformation.candidate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which training body may read a candidate's personal data, and position them on a session. Plain Java. FAQ §5:
 * validators validate and position candidates, the training body validates the final integration: a body reaches a
 * candidate through a validator's referral (to it, or to one of its sessions), or through its own paths with them —
 * until a stated time after the last one ended.
 */
public final class CandidateAccessRules {

    /** An open, unexpired referral; {@code sessionId} null when it names a body, then {@code runners} is that body. */
    public record Referral(UUID sessionId, Set<String> runners) {
    }

    /** One of the candidate's paths: the bodies running its session, whether it is still on, and when it ended. */
    public record Path(Set<String> runners, boolean active, OffsetDateTime endedAt) {

        boolean reaches(String siret, OffsetDateTime now, Duration afterPath) {
            return runners.contains(siret) && (active || endedAt != null && endedAt.plus(afterPath).isAfter(now));
        }
    }

    private CandidateAccessRules() {
    }

    /** §5: the body a referral names (for a session: the bodies running it), or one with a path still within its time. */
    public static boolean mayRead(String siret, List<Referral> referrals, List<Path> paths, OffsetDateTime now, Duration afterPath) {
        return siret != null && (referrals.stream().anyMatch(r -> r.runners().contains(siret))
                || paths.stream().anyMatch(p -> p.reaches(siret, now, afterPath)));
    }

    /**
     * §5: a referral to this session, or to this body; or a path of this body with the candidate still within its
     * time (the body handled them: e.g. again after a drop-out). A referral to one session does not open another.
     */
    public static boolean mayPosition(String siret, UUID sessionId, List<Referral> referrals, List<Path> paths, OffsetDateTime now,
            Duration afterPath) {
        if (siret == null) {
            return false;
        }
        boolean referred = referrals.stream().anyMatch(r -> r.sessionId() == null ? r.runners().contains(siret)
                : r.sessionId().equals(sessionId) && r.runners().contains(siret));
        return referred || paths.stream().anyMatch(p -> p.reaches(siret, now, afterPath));
    }
}

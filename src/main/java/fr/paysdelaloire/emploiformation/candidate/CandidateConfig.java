package fr.paysdelaloire.emploiformation.candidate;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long candidates' personal data is reachable, and by whom (issue #17; RGPD art. 5-1-e, storage limitation). */
@ConfigMapping(prefix = "ef.candidates")
public interface CandidateConfig {

    /** How long a validator's referral to a training body or session stays open if nobody positions the candidate. */
    @WithDefault("P90D")
    Duration referralValidity();

    /**
     * How long a training body still reads a candidate after its last path with them ended (completed or dropped out):
     * the time to record the outcome, invoice the last months and answer the Region's checks. Six months.
     */
    @WithDefault("P183D")
    Duration bodyAccessAfterPath();
}

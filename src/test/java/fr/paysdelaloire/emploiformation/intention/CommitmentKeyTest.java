package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** §6, "la même formation": what the one-training-body rule weighs (issue #19 (6)). */
class CommitmentKeyTest {

    static final String EMPLOYER = "55208131766522";

    @Test
    void theSameJobAndCertificationIsTheSameTraining() {
        assertTrue(new CommitmentKey(EMPLOYER, "F1703", "RNCP35185").sameTraining(new CommitmentKey(EMPLOYER, "F1703", "RNCP35185")));
        assertFalse(new CommitmentKey(EMPLOYER, "F1703", "RNCP35185").sameTraining(new CommitmentKey(EMPLOYER, "F1703", "RNCP34000")));
        assertFalse(new CommitmentKey(EMPLOYER, "F1703", "RNCP35185").sameTraining(new CommitmentKey(EMPLOYER, "F1602", "RNCP35185")));
        assertFalse(new CommitmentKey(EMPLOYER, "F1703", null).sameTraining(new CommitmentKey("41566010057462", "F1703", null)));
    }

    @Test
    void aNeedExpressedAsSkillsIsTheSameTrainingAsAnyOtherOfTheEmployerForThatJob() {
        CommitmentKey skills = new CommitmentKey(EMPLOYER, "F1703", null);
        assertTrue(skills.sameTraining(new CommitmentKey(EMPLOYER, "F1703", "RNCP35185")));
        assertTrue(new CommitmentKey(EMPLOYER, "F1703", "RNCP35185").sameTraining(skills));
        assertTrue(skills.sameTraining(new CommitmentKey(EMPLOYER, "F1703", null)));
    }
}

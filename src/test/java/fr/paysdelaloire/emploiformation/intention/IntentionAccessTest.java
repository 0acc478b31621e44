package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.security.Organisation;

/** Who reads a hiring intention, decided in IntentionAccess only, and the read operations' roles agree with it. */
class IntentionAccessTest {

    static final String BODY = "13002526500013";
    static final String OTHER_BODY = "12345678200010";

    static HiringIntention sentBy(String sender) {
        HiringIntention intention = new HiringIntention();
        intention.sender = sender;
        intention.trainingBodySiret = BODY;
        return intention;
    }

    @Test
    void thePlatformThatSentItReadsIt() {
        assertTrue(IntentionAccess.reads(Organisation.of("employer-platform:nosemplois"), sentBy("employer-platform:nosemplois")));
        assertFalse(IntentionAccess.reads(Organisation.of("employer-platform:other"), sentBy("employer-platform:nosemplois")));
    }

    @Test
    void theTrainingBodyItNamesReadsIt_whoeverSentIt() {
        assertTrue(IntentionAccess.reads(Organisation.trainingBody(BODY), sentBy("employer-platform:nosemplois")));
        assertTrue(IntentionAccess.reads(Organisation.trainingBody(BODY), sentBy("validator:france-travail")));
        assertFalse(IntentionAccess.reads(Organisation.trainingBody(OTHER_BODY), sentBy("employer-platform:nosemplois")));
    }

    @Test
    void aValidatorReadsBackWhatItRaised_issue21() {
        HiringIntention intention = sentBy("validator:france-travail");
        assertTrue(IntentionAccess.reads(Organisation.of("validator:france-travail"), intention));
        assertFalse(IntentionAccess.reads(Organisation.of("validator:mission-locale-49"), intention));
        assertEquals(Set.of("validator:france-travail", "training-body:" + BODY), IntentionAccess.readers(intention));
    }

    @Test
    void anOpenNeedIsReadByItsSenderAlone_noBodyNamed() {
        HiringIntention need = sentBy("employer-platform:nosemplois");
        need.trainingBodySiret = null;
        assertFalse(IntentionAccess.reads(Organisation.trainingBody(BODY), need));
        assertEquals(Set.of("employer-platform:nosemplois"), IntentionAccess.readers(need));
    }

    @Test
    void theReadersToldAreThoseWhoRead() {
        assertEquals(Set.of("employer-platform:nosemplois", "training-body:" + BODY),
                IntentionAccess.readers(sentBy("employer-platform:nosemplois")));
        assertEquals(Set.of("training-body:" + BODY), IntentionAccess.readers(sentBy("training-body:" + BODY)));
    }

    @Test
    void theReadOperationsAdmitExactlyTheReaderRoles() {
        List<String> reads = List.of("list", "search", "get", "history");
        int checked = 0;
        for (Method method : IntentionResource.class.getDeclaredMethods()) {
            if (reads.contains(method.getName())) {
                assertEquals(IntentionAccess.READER_ROLES, Set.copyOf(Arrays.asList(method.getAnnotation(RolesAllowed.class).value())),
                        method.getName());
                checked++;
            }
        }
        assertEquals(reads.size(), checked);
    }
}

package fr.paysdelaloire.emploiformation.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void readsAndWritesRoleColonIdentifier() {
        Organisation body = Organisation.of("training-body:13002526500013");
        assertEquals(new Organisation(Roles.TRAINING_BODY, "13002526500013"), body);
        assertEquals("training-body:13002526500013", body.toString());
        assertEquals(body, Organisation.trainingBody("13002526500013"));
        // an identifier may hold a colon (a client id): only the first one separates
        assertEquals("urn:x", Organisation.of("employer-platform:urn:x").id());
    }

    @Test
    void tellsTheRoleAndTheTrainingBody() {
        Organisation body = Organisation.of("training-body:13002526500013");
        assertTrue(body.isTrainingBody("13002526500013"));
        assertFalse(body.isTrainingBody("12345678200010"));
        assertFalse(Organisation.of("validator:13002526500013").isTrainingBody("13002526500013"));
        assertTrue(Organisation.of("validator:france-travail").is(Roles.VALIDATOR));
        // a prefix of a role is not the role
        assertFalse(Organisation.of("training-body-x:1").is(Roles.TRAINING_BODY));
    }

    @Test
    void refusesWhatIsNotRoleColonIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> Organisation.of("nosemplois"));
        assertThrows(IllegalArgumentException.class, () -> Organisation.of(":x"));
    }
}

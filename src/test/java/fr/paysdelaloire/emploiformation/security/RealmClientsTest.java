package fr.paysdelaloire.emploiformation.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.dev.RealmClients;
import fr.paysdelaloire.emploiformation.validation.Siret;

/** The Keycloak realm of k8s/keycloak/ has one client per actor, each with its role and organisation claim. */
class RealmClientsTest {

    static final Map<String, RealmClients.Client> CLIENTS = RealmClients.load(RealmClients.REALM_FILE);

    @Test
    void oneClientPerActorWithItsRole() {
        assertEquals(Map.of(
                "nosemplois", List.of(Roles.EMPLOYER_PLATFORM),
                "of-mandataire-demo", List.of(Roles.TRAINING_BODY),
                "of-cotraitant-demo", List.of(Roles.TRAINING_BODY),
                "france-travail-demo", List.of(Roles.VALIDATOR),
                "region-tool", List.of(Roles.REGION_OFFICER),
                "cariforef", List.of(Roles.PUBLISHER)),
                CLIENTS.values().stream().collect(java.util.stream.Collectors.toMap(RealmClients.Client::clientId,
                        RealmClients.Client::roles)));
    }

    @Test
    void organisationClaimsAndAudienceAreMapped() {
        assertTrue(Siret.isValid(CLIENTS.get("of-mandataire-demo").claims().get(Caller.ORG_SIRET_CLAIM)));
        assertTrue(Siret.isValid(CLIENTS.get("of-cotraitant-demo").claims().get(Caller.ORG_SIRET_CLAIM)));
        assertEquals("france-travail-pdl", CLIENTS.get("france-travail-demo").claims().get(Caller.ORG_ID_CLAIM));
        CLIENTS.values().forEach(c -> assertEquals(List.of("emploi-formation-api"), c.audience(), c.clientId()));
    }

    @Test
    void secretsAreMarkedDevOnly() {
        CLIENTS.values().forEach(c -> assertTrue(c.secret().startsWith("dev-only-"), c.clientId()));
    }
}

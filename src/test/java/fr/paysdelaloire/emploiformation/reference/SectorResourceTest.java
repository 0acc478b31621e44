package fr.paysdelaloire.emploiformation.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class SectorResourceTest {

    @Test
    void everyRoleReadsTheSectors() {
        for (String token : new String[] { Tokens.employerPlatform(), Tokens.trainingBody(Tokens.MANDATAIRE_SIRET),
                Tokens.validator(), Tokens.regionOfficer(), Tokens.publisher() }) {
            given().auth().oauth2(token).get("/api/v1/sectors").then().statusCode(200)
                    .body("items", hasSize(Sector.values().length))
                    .body("items.code", hasItems("INTER_INDUSTRIE", "CONSTRUCTION", "NUMERIQUE", "SPORT", "NICHE"))
                    .body("items.find { it.code == 'HOTELLERIE_RESTAURATION_TOURISME' }.label",
                            equalTo("Hôtellerie - restauration - tourisme"));
        }
    }

    @Test
    void noTokenIs401AndNoSchemeRoleIs403() {
        given().get("/api/v1/sectors").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.noSchemeRole()).get("/api/v1/sectors").then().statusCode(403)
                .contentType("application/problem+json");
    }
}

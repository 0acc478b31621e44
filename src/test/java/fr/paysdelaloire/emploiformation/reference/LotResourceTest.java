package fr.paysdelaloire.emploiformation.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Lots;
import fr.paysdelaloire.emploiformation.support.Tokens;

@QuarkusTest
@Tag(Lanes.APPLICATION)
class LotResourceTest {

    static final String PROBLEM = "application/problem+json";

    static void create(String code, String body) {
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/lots/{code}", code).then().statusCode(201);
    }

    @Test
    void regionOfficerCreatesThenReplacesALot() {
        String code = Lots.newCode();
        String etag = given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Lots.valid("CONSTRUCTION", "[\"44\"]"))
                .put("/api/v1/lots/{code}", code)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/lots/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("sector", equalTo("CONSTRUCTION"))
                .body("departments", containsInAnyOrder("44"))
                .body("price_per_trainee_hour", equalTo(14.5f))
                .body("mandataire_siret", equalTo("73866205898790"))
                .body("members[0].siret", equalTo("42525779372180"))
                .body("members[0].nda", equalTo("52440987644"))
                .body("mandataire_nda", equalTo("52440123444"))
                .body("subcontractors[0].approved_by_mandataire", equalTo(true))
                .body("certifications", hasSize(2))
                .extract().header("ETag");

        given().auth().oauth2(Tokens.regionOfficer()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Lots.valid("NUMERIQUE", "[\"REGION\"]"))
                .put("/api/v1/lots/{code}", code)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("sector", equalTo("NUMERIQUE"))
                .body("departments", containsInAnyOrder("REGION"));

        given().auth().oauth2(Tokens.publisher()).get("/api/v1/lots/{code}", code)
                .then().statusCode(200).body("sector", equalTo("NUMERIQUE"));
    }

    @Test
    void everyRoleReadsLotsAndTheirFilters() {
        String code = Lots.newCode();
        create(code, Lots.valid("MARITIME", "[\"85\"]"));
        for (String token : new String[] { Tokens.employerPlatform(), Tokens.trainingBody(Tokens.MANDATAIRE_SIRET),
                Tokens.validator(), Tokens.regionOfficer(), Tokens.publisher() }) {
            given().auth().oauth2(token).queryParam("sector", "MARITIME").queryParam("department", "85")
                    .get("/api/v1/lots")
                    .then().statusCode(200).body("items.code", hasItem(code));
        }
        given().auth().oauth2(Tokens.publisher()).queryParam("department", "44").get("/api/v1/lots")
                .then().statusCode(200).body("items.code", not(hasItem(code)));
    }

    @Test
    void aRegionWideLotCoversEachDepartment() {
        String code = Lots.newCode();
        create(code, Lots.valid("SPORT", "[\"REGION\"]"));
        given().auth().oauth2(Tokens.validator()).queryParam("department", "53").get("/api/v1/lots")
                .then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void readingWithoutTokenIs401AndWithAnUnknownRoleIs403() {
        given().get("/api/v1/lots").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", notNullValue())
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.noSchemeRole()).get("/api/v1/lots").then().statusCode(403).contentType(PROBLEM)
                .body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/lots/CONSTR-44").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.noSchemeRole()).get("/api/v1/lots/CONSTR-44").then().statusCode(403);
    }

    @Test
    void onlyTheRegionWritesLots() {
        String code = Lots.newCode();
        given().contentType(ContentType.JSON).body(Lots.valid("CONSTRUCTION", "[\"44\"]"))
                .put("/api/v1/lots/{code}", code).then().statusCode(401).contentType(PROBLEM);
        for (String token : new String[] { Tokens.employerPlatform(), Tokens.trainingBody(Tokens.MANDATAIRE_SIRET),
                Tokens.validator(), Tokens.publisher() }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Lots.valid("CONSTRUCTION", "[\"44\"]"))
                    .put("/api/v1/lots/{code}", code).then().statusCode(403).contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/lots/{code}", code).then().statusCode(404);
    }

    @Test
    void badCodesAreEachListedAndNothingIsStored() {
        String code = Lots.newCode();
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON).body("""
                {"label":"Lot","sector":"FISHING","departments":["44","20","REGION"],
                 "price_per_trainee_hour":0,"minimum_order_hours":-1,
                 "mandataire_siret":"73866205898791","mandataire_name":"Formations Atlantique","mandataire_nda":"5244012344",
                 "members":[{"siret":"1234","name":"A","nda":"52440987644"},{"siret":"73866205898790","name":"Dup","nda":"52440987645"}],
                 "subcontractors":[{"siret":"42525779372180","name":"B","nda":"52440987646"}],
                 "certifications":[{"kind":"RNCP","code":"RS5460","title":"X","mandatory":true},
                                   {"kind":"DIPLOMA","code":"RNCP1","title":"Y","mandatory":false}]}""")
                .put("/api/v1/lots/{code}", code)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:emploi-formation:problem:validation"))
                .body("violations.field", containsInAnyOrder(
                        "sector", "departments[1]", "departments", "price_per_trainee_hour", "minimum_order_hours", "mandataire_nda",
                        "mandataire_siret", "members[0].siret", "subcontractors[0].approved_by_mandataire",
                        "certifications[0].code", "certifications[1].kind"));
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/lots/{code}", code).then().statusCode(404);
    }

    @Test
    void aBadLotCodeIsRefused() {
        given().auth().oauth2(Tokens.regionOfficer()).contentType(ContentType.JSON)
                .body(Lots.valid("CONSTRUCTION", "[\"44\"]"))
                .put("/api/v1/lots/{code}", "bad code!")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("code"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String code = Lots.newCode();
        create(code, Lots.valid("CONSTRUCTION", "[\"44\"]"));
        given().auth().oauth2(Tokens.regionOfficer()).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(Lots.valid("NUMERIQUE", "[\"44\"]"))
                .put("/api/v1/lots/{code}", code)
                .then().statusCode(412).contentType(PROBLEM).header("ETag", notNullValue())
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(Tokens.regionOfficer()).header("If-None-Match", "*").contentType(ContentType.JSON)
                .body(Lots.valid("NUMERIQUE", "[\"44\"]"))
                .put("/api/v1/lots/{code}", code)
                .then().statusCode(412);
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/lots/{code}", code)
                .then().statusCode(200).body("sector", equalTo("CONSTRUCTION"));
    }

    @Test
    void badFiltersAre400() {
        given().auth().oauth2(Tokens.validator()).queryParam("sector", "FISHING").queryParam("department", "20")
                .get("/api/v1/lots")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("sector", "department"));
    }

    @Test
    void anUnknownLotIs404() {
        given().auth().oauth2(Tokens.validator()).get("/api/v1/lots/{code}", "NOPE-99")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
    }
}

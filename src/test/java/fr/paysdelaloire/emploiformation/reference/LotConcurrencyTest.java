package fr.paysdelaloire.emploiformation.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Lots;
import fr.paysdelaloire.emploiformation.support.Parallel;
import fr.paysdelaloire.emploiformation.support.Tokens;

/**
 * Concurrent PUTs of one new lot: one creates it; the others, which never read it, are told to (428, issue #17): none
 * fails with a 5xx, nothing doubles.
 */
@Tag(Lanes.CAMPAIGN)
@QuarkusTest
@Tag(Lanes.APPLICATION)
class LotConcurrencyTest {

    @Test
    void concurrentCreationsOfOneLotNeitherFailNorDuplicate() throws Exception {
        String code = Lots.newCode();
        String token = Tokens.regionOfficer();
        int calls = 12;
        List<Callable<Integer>> puts = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String department = i % 2 == 0 ? "[\"44\"]" : "[\"49\"]";
            puts.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Lots.valid("CONSTRUCTION", department))
                    .put("/api/v1/lots/{code}", code).statusCode());
        }
        List<Integer> statuses = Parallel.all(puts);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(calls - 1, statuses.stream().filter(s -> s == 428).count(), statuses.toString());
        given().auth().oauth2(token).get("/api/v1/lots/{code}", code)
                .then().statusCode(200)
                .body("members.size()", equalTo(1))
                .body("departments.size()", equalTo(1))
                .body("certifications.size()", equalTo(2));
    }
}

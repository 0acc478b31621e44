package fr.paysdelaloire.emploiformation.session;

import static fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;
import fr.paysdelaloire.emploiformation.support.Workflow;

/**
 * Issue #23: the Region's three lists — the instruction queue, a lot's order book, the funnel — as spreadsheets when
 * asked with {@code Accept: text/csv}; JSON otherwise; a training body's text shown, never evaluated as a formula.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class RegionSpreadsheetsTest {

    @Test
    void theInstructionQueueAsASpreadsheetShowsAFormulaAsText() {
        String lot = Workflow.lot();
        Map<String, Object> request = new java.util.HashMap<>(Workflow.request(lot, Workflow.intentions(MANDATAIRE, 5), 5));
        request.put("title", "=HYPERLINK(\"https://evil.example\";\"Cliquez\")");
        String id = Workflow.draft(MANDATAIRE, request);
        Workflow.step(Tokens.trainingBody(MANDATAIRE), id, "submit", null).statusCode(200);

        String csv = given().auth().oauth2(Tokens.regionOfficer()).accept("text/csv").get("/api/v1/instruction-queue").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"file-d-instruction-"))
                .header("Vary", containsString("Accept"))
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFRang;Nature;Demande de session;Lot;Intitulé;Statut;Places;"), csv);
        List<String> line = csv.lines().filter(l -> l.contains(id)).toList();
        assertTrue(line.size() == 1 && line.get(0).contains(";Demande de session;" + id + ";" + lot + ";\"'=HYPERLINK("),
                "the request, its title prefixed: " + line);

        // JSON stays the default, and another type is refused
        given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/instruction-queue").then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().auth().oauth2(Tokens.regionOfficer()).accept("application/xml").get("/api/v1/instruction-queue").then()
                .statusCode(406);
        given().auth().oauth2(Tokens.trainingBody(MANDATAIRE)).accept("text/csv").get("/api/v1/instruction-queue").then()
                .statusCode(403);
    }

    @Test
    void theOrderBookAndTheFunnelAsSpreadsheets() {
        String lot = Workflow.lot();
        String book = given().auth().oauth2(Tokens.regionOfficer()).accept("text/csv").get("/api/v1/lots/{code}/order-book", lot)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("carnet-de-commandes-" + lot + "-")).extract().asString();
        assertTrue(book.startsWith("\uFEFFLot;" + lot + "\r\n"), book);
        assertTrue(book.contains("\r\nPrix de l'heure-stagiaire (€ HT);14,50\r\n"), "decimal comma: " + book);
        assertTrue(book.contains("\r\nBon de commande;Numéro;Heures commandées;Montant (€ HT);Heures facturées;Heures restantes\r\n"), book);

        String funnel = given().auth().oauth2(Tokens.regionOfficer()).accept("text/csv").get("/api/v1/statistics/funnel").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        long received = given().auth().oauth2(Tokens.regionOfficer()).get("/api/v1/statistics/funnel").then().statusCode(200)
                .body("from", org.hamcrest.Matchers.notNullValue()).extract().<Number>path("total.received").longValue();
        assertTrue(funnel.contains("\r\nRegroupement;Valeur;Intentions reçues;Éligibles;"), funnel);
        assertTrue(funnel.lines().anyMatch(l -> l.startsWith("Total;;" + received + ";")), "the total line: " + funnel);
        given().auth().oauth2(Tokens.regionOfficer()).accept("text/csv").get("/api/v1/statistics/funnel?from=nope").then()
                .statusCode(400).body("code", equalTo("VALIDATION"));
    }
}

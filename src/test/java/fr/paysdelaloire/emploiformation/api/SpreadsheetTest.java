package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** The Region's spreadsheets (issue #23): what French spreadsheets read as they are, and no formula from a partner's text. */
class SpreadsheetTest {

    @Test
    void cellsAreWrittenAsFrenchSpreadsheetsReadThem() {
        assertEquals("14,50", Spreadsheet.cell(new BigDecimal("14.50")));
        assertEquals("0,08", Spreadsheet.cell(0.08));
        assertEquals("19", Spreadsheet.cell(19.0));
        assertEquals("42", Spreadsheet.cell(42L));
        assertEquals("2026-11-30", Spreadsheet.cell(LocalDate.of(2026, 11, 30)));
        assertEquals("2026-07-01 10:30", Spreadsheet.cell(OffsetDateTime.parse("2026-07-01T08:30:00Z")), "Europe/Paris, summer time");
        assertEquals("oui", Spreadsheet.cell(true));
        assertEquals("", Spreadsheet.cell(null));
        assertEquals("MONDAY", Spreadsheet.cell(java.time.DayOfWeek.MONDAY), "a code stays the API's code");
    }

    @Test
    void aPartnersTextIsShownNeverEvaluatedNorSplit() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Spreadsheet.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+33 1 23", Spreadsheet.cell("+33 1 23"));
        assertEquals("'-2+3", Spreadsheet.cell("-2+3"));
        assertEquals("'@SUM(A1)", Spreadsheet.cell("@SUM(A1)"));
        assertEquals("\"Maçon; coffreur\"", Spreadsheet.cell("Maçon; coffreur"));
        assertEquals("\"dit \"\"le mur\"\"\"", Spreadsheet.cell("dit \"le mur\""));
        assertEquals("\"deux\nlignes\"", Spreadsheet.cell("deux\nlignes"));
        assertEquals("-3", Spreadsheet.cell(-3), "a number stays a number");
    }

    @Test
    void theSheetStartsWithAByteOrderMarkAndEndsItsLinesWithCrLf() {
        String sheet = new Spreadsheet().line("Lot", "CONSTR-44").blank().line("a", null, new BigDecimal("1.5")).toString();
        assertEquals("\uFEFFLot;CONSTR-44\r\n\r\na;;1,5\r\n", sheet);
    }

    @Test
    void theSpreadsheetIsAnsweredOnlyWhenPreferred() {
        assertTrue(Spreadsheet.wanted(accepting("text/csv")));
        assertTrue(Spreadsheet.wanted(accepting("text/*")));
        assertTrue(Spreadsheet.wanted(accepting("text/csv", "application/json")), "in the order of preference");
        assertFalse(Spreadsheet.wanted(accepting("application/json", "text/csv")));
        assertFalse(Spreadsheet.wanted(accepting("*/*")));
        assertFalse(Spreadsheet.wanted(accepting()));
    }

    /** The acceptable types, most preferred first, as JAX-RS hands them. */
    static HttpHeaders accepting(String... types) {
        List<MediaType> acceptable = types.length == 0 ? List.of(MediaType.WILDCARD_TYPE)
                : Arrays.stream(types).map(MediaType::valueOf).toList();
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] { HttpHeaders.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableMediaTypes")) {
                        return acceptable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

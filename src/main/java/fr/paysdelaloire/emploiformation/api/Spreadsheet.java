package fr.paysdelaloire.emploiformation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A list the Region's officers open in a spreadsheet (issue #23): CSV as French spreadsheets read it — semicolon-separated,
 * decimal comma, UTF-8 with a byte order mark (so that Excel does not read it as Latin-1), dates and times in Europe/Paris,
 * French column names. A text cell a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a
 * carriage return: a session's title is a training body's free text) is prefixed with an apostrophe, so that it is shown,
 * never evaluated (CSV injection).
 */
public final class Spreadsheet {

    public static final String MEDIA_TYPE = "text/csv";
    private static final MediaType CSV = MediaType.valueOf(MEDIA_TYPE);
    private static final ZoneId REGION_TIME = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** One line of cells ({@code null} for an empty one). */
    public Spreadsheet line(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    /** An empty line, between a header block and a table. */
    public Spreadsheet blank() {
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The answer: the sheet, as an attachment named {@code name-YYYY-MM-DD.csv} (today in Europe/Paris). */
    public Response answer(String name) {
        return Response.ok(toString(), MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now(REGION_TIME) + ".csv\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /**
     * Whether the caller asked for the spreadsheet: the most preferred acceptable type that one of the two representations
     * answers is {@code text/csv} (or {@code text/*}); {@code *}{@code /*} and no {@code Accept} get JSON.
     */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return false;
            }
            if (acceptable.isCompatible(CSV)) {
                return true;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** JSON, or the sheet when asked for, with {@code Vary: Accept} either way. */
    public static Response either(HttpHeaders headers, Object json, Supplier<Spreadsheet> sheet, String name) {
        if (wanted(headers)) {
            return sheet.get().answer(name);
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof OffsetDateTime at) {
            return at.atZoneSameInstant(REGION_TIME).format(DATE_TIME);
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui" : "non";
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

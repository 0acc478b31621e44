package fr.paysdelaloire.emploiformation.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.support.LheoSchema;

/**
 * The export's own defence (issue #17, 3): whatever the database holds — text stored before input was checked —
 * the document drops what XML 1.0 cannot carry and cuts on code-point boundaries, and stays valid.
 */
class LheoWriterTest {

    static final String EMOJI = new String(Character.toChars(0x1F600));

    @Test
    void controlCharactersAndSplitSurrogatesNeverReachTheDocument() throws Exception {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String title = "A".repeat(254) + EMOJI + controls + "\uD83D ]]> < & \u200F";
        PublishedSession.Location location = new PublishedSession.Location("44109", "B".repeat(49) + EMOJI + "\u000B",
                "44000", "Nantes\u0001" + "C".repeat(42) + EMOJI + "\uFFFE");
        PublishedSession.Organisation body = new PublishedSession.Organisation("73866205898790",
                "N".repeat(49) + EMOJI + "\u0008 Formation", "52440123444");
        PublishedSession session = new PublishedSession(UUID.randomUUID(), "ONE_JOB_ONE_TRAINING", "AUTHORISED", title,
                new PublishedSession.Certification("RNCP", "RNCP35185"), "22454", List.of("F1703"), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 9, 30), 750, 5, 5, true, false, List.of(location), body, body, "CONSTR-44",
                List.of("IMMERSION\u0007"), 5, List.of(new PublishedSession.JobLocation("44109", "44", 3),
                        new PublishedSession.JobLocation("53130", "53", 2)), OffsetDateTime.parse("2026-11-30T10:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        LheoWriter writer = new LheoWriter(xml, "15041");
        writer.start(OffsetDateTime.parse("2026-11-30T10:00:00Z"));
        writer.session(session);
        writer.end();
        String document = out.toString(StandardCharsets.UTF_8);

        LheoSchema.validate(document);
        // the emoji would have been the 255th-256th (50th-51st) UTF-16 unit: dropped whole, never split
        assertTrue(document.contains("<intitule-formation>" + "A".repeat(254) + "</intitule-formation>"), document);
        assertTrue(document.contains("<ligne>" + "B".repeat(49) + "</ligne>"));
        assertTrue(document.contains("<ville>Nantes" + "C".repeat(42) + EMOJI + "</ville>"), "50 units: kept whole");
        assertTrue(document.contains("<nom>" + "N".repeat(49) + "</nom>"));
        assertTrue(document.contains("<extra info=\"implication-employeurs\">IMMERSION</extra>"));
        // §1 (issue #25): where the jobs are, in extras (LHEO 2.3 has no element for it)
        assertTrue(document.contains("<extra info=\"lieux-emplois\">44109:3,53130:2</extra>"), document);
        assertTrue(document.contains("<extra info=\"departements-emplois\">44,53</extra>"), document);
        for (int c = 0; c < 0x20; c++) {
            if (c != 0x9 && c != 0xA && c != 0xD) {
                assertEquals(-1, document.indexOf(c), "U+" + Integer.toHexString(c) + " in the document");
            }
        }
    }

    @Test
    void anEmptyOrUnprintableValueIsADash() {
        assertEquals("-", LheoWriter.cut("\u0001\u0002", 10));
        assertEquals("-", LheoWriter.cut(null, 10));
        assertEquals("ab", LheoWriter.cut("a\u0001bc", 2));
    }
}

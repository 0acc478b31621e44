package fr.paysdelaloire.emploiformation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    static final String EMOJI = new String(Character.toChars(0x1F600));

    @Test
    void theCharProductionOfXml10() {
        for (int c = 0; c < 0x20; c++) {
            assertEquals(c == 0x9 || c == 0xA || c == 0xD, XmlText.isXmlChar(c), "U+" + Integer.toHexString(c));
        }
        assertTrue(XmlText.isXmlChar(0x20));
        assertTrue(XmlText.isXmlChar(0x7F));
        assertTrue(XmlText.isXmlChar(0xD7FF));
        assertFalse(XmlText.isXmlChar(0xD800));
        assertFalse(XmlText.isXmlChar(0xDFFF));
        assertTrue(XmlText.isXmlChar(0xE000));
        assertTrue(XmlText.isXmlChar(0xFFFD));
        assertFalse(XmlText.isXmlChar(0xFFFE));
        assertFalse(XmlText.isXmlChar(0xFFFF));
        assertTrue(XmlText.isXmlChar(0x10000));
        assertTrue(XmlText.isXmlChar(0x10FFFF));
    }

    @Test
    void theProblemNamesTheFirstCharacterAndWhere() {
        assertEquals(Optional.empty(), XmlText.problem("Maçon ]]> <b> & \u200F\u202E\t\n\r " + EMOJI));
        assertTrue(XmlText.problem("ab\u0001c").orElseThrow().startsWith("contains U+0001 at character 3"));
        assertTrue(XmlText.problem(EMOJI + "\u000B").orElseThrow().startsWith("contains U+000B at character 2"), "counted in characters");
        assertTrue(XmlText.problem("x\uD83D").orElseThrow().startsWith("contains an unpaired surrogate U+D83D at character 2"));
        assertTrue(XmlText.problem("\uDE00\uD83D").orElseThrow().startsWith("contains an unpaired surrogate U+DE00 at character 1"),
                "a low surrogate before a high one is no pair");
        assertTrue(XmlText.problem("\uFFFE").isPresent());
        assertEquals(Optional.empty(), XmlText.problem(null));
    }

    @Test
    void sanitisingDropsOnlyWhatXmlCannotCarry() {
        String clean = "Maçon " + EMOJI + " ]]>";
        assertSame(clean, XmlText.sanitise(clean));
        assertEquals("ab" + EMOJI + "c\t", XmlText.sanitise("a\u0000b\uD83D" + EMOJI + "\u001Fc\uFFFF\t"));
    }

    @Test
    void cuttingNeverSplitsACharacterAndSatisfiesEitherWayOfCounting() {
        String text = "A".repeat(254) + EMOJI + "B";
        assertEquals("A".repeat(254), XmlText.cut(text, 255), "the emoji would be the 255th and 256th UTF-16 units: dropped whole");
        assertEquals("A".repeat(254) + EMOJI, XmlText.cut(text, 256));
        assertEquals(text, XmlText.cut(text, 257));
        assertEquals(EMOJI, XmlText.cut(EMOJI.repeat(3), 3));
        assertEquals(EMOJI.repeat(2), XmlText.cut(EMOJI.repeat(3), 4));
        assertEquals(EMOJI.repeat(3), XmlText.cut(EMOJI.repeat(3), 6));
        assertEquals("ab", XmlText.cut("abc", 2));
        assertEquals(null, XmlText.cut(null, 5));
    }
}

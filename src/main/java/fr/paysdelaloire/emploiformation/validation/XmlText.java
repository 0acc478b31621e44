package fr.paysdelaloire.emploiformation.validation;

import java.util.Optional;

/**
 * Free text that the Carif-Oref network's exchange format can carry. LHEO is XML 1.0, whose {@code Char}
 * production allows tab, line feed, carriage return and the code points from U+0020 up, except the surrogate
 * block and U+FFFE, U+FFFF; a Java string can also hold an unpaired surrogate, which no encoding can write. One
 * such character in one partner's session title made the whole export unparseable, so the API refuses them in
 * every free-text field (400 naming the field), and the export drops them and cuts lengths without splitting a
 * character should one come from elsewhere. Plain Java.
 */
public final class XmlText {

    private XmlText() {
    }

    /** XML 1.0 (5th edition) §2.2: {@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}. */
    public static boolean isXmlChar(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    /**
     * Why {@code text} cannot be carried, naming its first offending character, or empty when it can. An unpaired
     * surrogate is seen by {@link String#codePointAt} as the surrogate itself, outside the {@code Char} production.
     */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            if (!isXmlChar(codePoint)) {
                boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
                return Optional.of("contains " + (surrogate ? "an unpaired surrogate " : "") + String.format("U+%04X", codePoint)
                        + " at character " + (text.codePointCount(0, i) + 1) + ", which XML 1.0 does not allow (control "
                        + "characters other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates "
                        + "are refused: the LHEO export could not carry them)");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** The text without the characters XML 1.0 does not allow; the same instance when there are none. */
    public static String sanitise(String text) {
        if (text == null || problem(text).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::isXmlChar).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * At most {@code max} UTF-16 units, never cutting a character in two. XML Schema counts a length in characters
     * (code points), the JDK's validator (Xerces) in UTF-16 units: a text of at most {@code max} units passes both.
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}

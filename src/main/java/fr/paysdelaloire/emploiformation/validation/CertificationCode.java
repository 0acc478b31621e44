package fr.paysdelaloire.emploiformation.validation;

import java.util.regex.Pattern;

/**
 * Codes of France Compétences' registers (FAQ §4): an RNCP certification ({@code RNCP35185}), a block
 * of skills of one ({@code RNCP35185BC02}), or a certification of the Répertoire spécifique
 * ({@code RS5460}). The number has one to six digits, without leading zero.
 */
public final class CertificationCode {

    private static final Pattern RNCP = Pattern.compile("RNCP[1-9]\\d{0,5}");
    private static final Pattern SKILLS_BLOCK = Pattern.compile("RNCP[1-9]\\d{0,5}BC\\d{2}");
    private static final Pattern RS = Pattern.compile("RS[1-9]\\d{0,5}");

    private CertificationCode() {
    }

    public static boolean isRncp(String value) {
        return Codes.matches(RNCP, value);
    }

    public static boolean isSkillsBlock(String value) {
        return Codes.matches(SKILLS_BLOCK, value);
    }

    public static boolean isRs(String value) {
        return Codes.matches(RS, value);
    }

    /** Any code of the two registers: RNCP, a block of an RNCP certification, or RS. */
    public static boolean isValid(String value) {
        return isRncp(value) || isSkillsBlock(value) || isRs(value);
    }
}

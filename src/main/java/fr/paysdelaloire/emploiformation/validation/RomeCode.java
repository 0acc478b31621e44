package fr.paysdelaloire.emploiformation.validation;

import java.util.regex.Pattern;

/** A job code of France Travail's ROME: a letter from A to N (the domain) and four digits, e.g. F1703. */
public final class RomeCode {

    private static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");

    private RomeCode() {
    }

    public static boolean isValid(String value) {
        return Codes.matches(ROME, value);
    }
}

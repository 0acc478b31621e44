package fr.paysdelaloire.emploiformation.validation;

import java.util.regex.Pattern;

/** Small helpers shared by the code validators. */
final class Codes {

    private Codes() {
    }

    static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }
}

package fr.paysdelaloire.emploiformation.validation;

/**
 * SIRET (establishment number, 14 digits): checked with the Luhn key, except La Poste's
 * establishments (SIREN 356 000 000), whose SIRETs follow INSEE's own rule instead: the sum of their
 * digits is a multiple of 5. La Poste's head office, 356 000 000 00048, satisfies Luhn like any other.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private Siret() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 14 || !Codes.allDigits(value)) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN) && !value.equals(LA_POSTE_HEAD_OFFICE)) {
            return digitSum(value) % 5 == 0;
        }
        return Luhn.isValid(value);
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}

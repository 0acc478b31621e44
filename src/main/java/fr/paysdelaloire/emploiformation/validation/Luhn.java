package fr.paysdelaloire.emploiformation.validation;

/** The Luhn (mod 10) key used by SIREN and SIRET numbers. */
public final class Luhn {

    private Luhn() {
    }

    /** True when the digits' Luhn sum is a multiple of 10; false for anything but ASCII digits. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.isEmpty() || !Codes.allDigits(digits)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}

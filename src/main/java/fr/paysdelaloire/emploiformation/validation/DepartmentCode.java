package fr.paysdelaloire.emploiformation.validation;

import java.util.regex.Pattern;

/**
 * A French département code as INSEE writes it: 01 to 95 without 20 (Corsica is 2A and 2B), and the
 * overseas départements 971 to 974 and 976. Employers may be outside the Region (FAQ §1), so any
 * département is accepted here; the Region's own five are {@code reference.Territory}'s business.
 */
public final class DepartmentCode {

    private static final Pattern METROPOLITAN = Pattern.compile("0[1-9]|1\\d|[3-8]\\d|2[1-9]|9[0-5]|2[AB]");
    private static final Pattern OVERSEAS = Pattern.compile("97[1-46]");

    private DepartmentCode() {
    }

    public static boolean isValid(String value) {
        return Codes.matches(METROPOLITAN, value) || Codes.matches(OVERSEAS, value);
    }
}

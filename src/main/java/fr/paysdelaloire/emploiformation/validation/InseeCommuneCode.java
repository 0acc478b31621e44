package fr.paysdelaloire.emploiformation.validation;

import java.util.regex.Pattern;

/**
 * INSEE code of a commune (code officiel géographique, five characters — not the postcode): the
 * département code followed by the commune's number, which starts at 001 (so 44000 is a postcode,
 * never a commune code; Nantes is 44109). Overseas: 971xx to 974xx and 976xx.
 */
public final class InseeCommuneCode {

    private static final Pattern METROPOLITAN = Pattern.compile("(0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])(\\d{3})");
    private static final Pattern OVERSEAS = Pattern.compile("(97[1-46])(\\d{2})");

    private InseeCommuneCode() {
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        var metropolitan = METROPOLITAN.matcher(value);
        if (metropolitan.matches()) {
            return !metropolitan.group(2).equals("000");
        }
        var overseas = OVERSEAS.matcher(value);
        return overseas.matches() && !overseas.group(2).equals("00");
    }

    /** The département a valid commune code lies in. */
    public static String departmentOf(String communeCode) {
        if (!isValid(communeCode)) {
            throw new IllegalArgumentException("not an INSEE commune code");
        }
        return communeCode.startsWith("97") ? communeCode.substring(0, 3) : communeCode.substring(0, 2);
    }
}

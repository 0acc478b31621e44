package fr.paysdelaloire.emploiformation.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Region's territory: its five départements, and the code a region-wide lot uses; and the départements of France, which
 * a lot reaching beyond the Region may list (FAQ §1).
 */
public final class Territory {

    /** A lot covering the whole Region. */
    public static final String REGION = "REGION";

    /** Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe, Vendée. */
    public static final Map<String, String> DEPARTMENTS;

    static {
        Map<String, String> departments = new LinkedHashMap<>();
        departments.put("44", "Loire-Atlantique");
        departments.put("49", "Maine-et-Loire");
        departments.put("53", "Mayenne");
        departments.put("72", "Sarthe");
        departments.put("85", "Vendée");
        DEPARTMENTS = Collections.unmodifiableMap(departments);
    }

    private Territory() {
    }

    /** True for one of the Region's five départements (FAQ §1: employers of Pays de la Loire come first). */
    public static boolean isRegional(String department) {
        return department != null && DEPARTMENTS.containsKey(department);
    }

    /** A département of France, as the INSEE codes it: 01 to 95 (2A and 2B for Corsica, no 20), 971 to 976 overseas. */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

    public static boolean isDepartment(String code) {
        return code != null && DEPARTMENT.matcher(code).matches();
    }

    /**
     * True when a training held in {@code department} lies in a lot covering {@code lotDepartments}: one of them, or one of
     * the Region's five when the lot names the whole Region (a lot reaching beyond it lists the others too, §1).
     */
    public static boolean covers(Set<String> lotDepartments, String department) {
        return lotDepartments.contains(department) || lotDepartments.contains(REGION) && isRegional(department);
    }
}

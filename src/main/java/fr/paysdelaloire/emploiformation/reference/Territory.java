package fr.paysdelaloire.emploiformation.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The Region's territory: its five départements, and the code a region-wide lot uses. */
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

    /** True when a training held in {@code department} lies in a lot covering {@code lotDepartments}. */
    public static boolean covers(Set<String> lotDepartments, String department) {
        return lotDepartments.contains(REGION) ? isRegional(department) : lotDepartments.contains(department);
    }
}

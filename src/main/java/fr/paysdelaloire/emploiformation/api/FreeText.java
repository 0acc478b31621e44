package fr.paysdelaloire.emploiformation.api;

/** Free text a partner sends (a reason, a description): stored stripped, and absent when blank. */
public final class FreeText {

    private FreeText() {
    }

    /** The text stripped, or null when absent or blank. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package fr.paysdelaloire.emploiformation.api;

import java.util.Locale;

/** What a client's {@code Accept-Encoding} allows (RFC 9110 §12.5.3). */
public final class ContentCodings {

    private ContentCodings() {
    }

    /**
     * True when the client takes a gzip-encoded answer: {@code gzip} (or {@code x-gzip}) listed with a weight above 0,
     * or {@code *} above 0 with gzip not refused by name. No header, or a header naming neither: false.
     */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean named = null;
        boolean any = false;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean accepted = weight(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = named == null ? accepted : named || accepted;
            } else if (coding.equals("*")) {
                any = accepted;
            }
        }
        return named != null ? named : any;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

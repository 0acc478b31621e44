package fr.paysdelaloire.emploiformation.api;

import java.util.Arrays;

/**
 * Strong entity tags built from an aggregate's version, and the {@code If-Match} /
 * {@code If-None-Match} checks of RFC 9110 §13.1 that writes use to refuse lost updates (412).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * {@code If-Match} holds when absent, {@code *} with a current representation, or one of its tags
     * equals the current one. {@code current} is null when the resource does not exist yet.
     */
    public static boolean ifMatchHolds(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        if (current == null) {
            return false;
        }
        return ifMatch.trim().equals("*") || listContains(ifMatch, current);
    }

    /** Whether the write carries an {@code If-Match} at all (a change of a resource with an ETag needs one: 428). */
    public static boolean present(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank();
    }

    /**
     * The change of an existing resource: 428 without {@code If-Match} (RFC 6585: nobody overwrites a change they never
     * saw), 412 with a stale one, naming the resource ({@code what}, e.g. "session request") and where to read it.
     */
    public static void requireCurrent(String ifMatch, long version, String what, String readPath) {
        if (!present(ifMatch)) {
            throw ApiProblem.preconditionRequired(what, readPath);
        }
        String current = of(version);
        if (!ifMatchHolds(ifMatch, current)) {
            throw ApiProblem.preconditionFailed("This " + what + " changed since you read it: read it again (GET " + readPath
                    + ") and reapply your change", current);
        }
    }

    /** {@code If-None-Match: *} on a write: create only, fail when the resource exists. */
    public static boolean ifNoneMatchHolds(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || current == null) {
            return true;
        }
        return !(ifNoneMatch.trim().equals("*") || listContains(ifNoneMatch, current));
    }

    private static boolean listContains(String header, String tag) {
        return Arrays.stream(header.split(",")).map(String::trim).anyMatch(tag::equals);
    }
}

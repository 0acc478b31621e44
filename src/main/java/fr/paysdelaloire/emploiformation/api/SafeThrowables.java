package fr.paysdelaloire.emploiformation.api;

/**
 * Describes a failure for the logs without its messages: exception types and the top frames of each
 * cause. Messages are left out because a database or parser message can quote personal data.
 */
final class SafeThrowables {

    private static final int FRAMES = 6;

    private SafeThrowables() {
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth < 8) {
            if (depth > 0) {
                text.append("\n  caused by ");
            }
            text.append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                text.append("\n    at ").append(frames[i]);
            }
            current = current.getCause() == current ? null : current.getCause();
            depth++;
        }
        return text.toString();
    }
}

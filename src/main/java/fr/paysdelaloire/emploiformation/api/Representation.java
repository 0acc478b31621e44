package fr.paysdelaloire.emploiformation.api;

/**
 * A resource as a use case leaves it, in the domain's terms: its body, where it lives, its version when it takes
 * {@code If-Match} (intentions, session requests, lots), and whether the call created it. The edge ({@link Answers})
 * makes the HTTP answer of it: status, {@code Location}, {@code ETag}, JSON. A write replayed under an
 * {@code Idempotency-Key} carries the very JSON first answered ({@code json}), which the edge sends as it is.
 */
public record Representation<T>(T body, String location, Long version, boolean created, String json) {

    /** A resource created by the call. */
    public static <T> Representation<T> created(String location, Long version, T body) {
        return new Representation<>(body, location, version, true, null);
    }

    /** A resource changed (or found unchanged) by the call. */
    public static <T> Representation<T> changed(String location, Long version, T body) {
        return new Representation<>(body, location, version, false, null);
    }

    /** A resource read. */
    public static <T> Representation<T> read(Long version, T body) {
        return new Representation<>(body, null, version, false, null);
    }

    /** The same answer, its JSON fixed: what an idempotent write stores and replays. */
    Representation<T> frozen(String frozenJson) {
        return new Representation<>(body, location, version, created, frozenJson);
    }
}

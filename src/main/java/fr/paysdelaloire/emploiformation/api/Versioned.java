package fr.paysdelaloire.emploiformation.api;

/** A representation with its entity tag; {@code created} tells a PUT's 201 from its 200. */
public record Versioned<T>(T body, String etag, boolean created) {

    public static <T> Versioned<T> existing(T body, String etag) {
        return new Versioned<>(body, etag, false);
    }
}

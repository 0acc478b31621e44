package fr.paysdelaloire.emploiformation.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import fr.paysdelaloire.emploiformation.validation.Siret;

/**
 * A query's parameters parsed once, the same way for every list: each parser returns the value (null when absent or
 * wrong) and keeps what is wrong; {@link #done()} answers 400 naming every wrong parameter, before anything is read.
 */
public final class QueryParams {

    private final List<Problem.Violation> violations = new ArrayList<>();

    /** A value of {@code type}, e.g. a status filter. */
    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(name, "must be one of " + EnumSet.allOf(type)));
            return null;
        }
    }

    /** An instant with its offset, e.g. {@code updated_since}. */
    public OffsetDateTime instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(name, "must be an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z"));
            return null;
        }
    }

    /** A SIRET with a valid check key, e.g. {@code employer_siret}. */
    public String siret(String name, String value) {
        if (value != null && !Siret.isValid(value)) {
            violations.add(new Problem.Violation(name, "must be a SIRET: 14 digits with a valid check key"));
        }
        return value;
    }

    /** {@code page} and {@code size} (see {@link Paging}). */
    public Paging paging(Integer page, Integer size, int maxSize) {
        return Paging.of(page, size, maxSize, violations);
    }

    /** Something else that is wrong with the query. */
    public void refuse(String name, String message) {
        violations.add(new Problem.Violation(name, message));
    }

    /** 400 naming every wrong parameter, if any. */
    public void done() {
        BodyValidator.refuseIfAny(violations);
    }

    /** One parameter alone: its value, or 400. */
    public static <E extends Enum<E>> E single(String name, String value, Class<E> type) {
        QueryParams query = new QueryParams();
        E parsed = query.oneOf(name, value, type);
        query.done();
        return parsed;
    }
}

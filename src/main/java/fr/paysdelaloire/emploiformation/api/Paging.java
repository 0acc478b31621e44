package fr.paysdelaloire.emploiformation.api;

import java.util.List;

/** A page asked for with {@code page} (from 0, default 0) and {@code size} (default 20, at most a list's maximum). */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    /** The page asked for; what is wrong with it is added to {@code violations}. */
    public static Paging of(Integer page, Integer size, int maxSize, List<Problem.Violation> violations) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            violations.add(new Problem.Violation("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > maxSize) {
            violations.add(new Problem.Violation("size", "must be between 1 and " + maxSize));
        }
        return new Paging(pageNumber, pageSize);
    }
}

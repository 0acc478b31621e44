package fr.paysdelaloire.emploiformation.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Calls made at once, for the tests of races and retries: each result in the order of the calls. */
public final class Parallel {

    private Parallel() {
    }

    /** Every call on its own thread, all at once. */
    public static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        return run(calls, calls.size());
    }

    /** {@code count} times the same call, made by {@code clients} threads at once. */
    public static <T> List<T> times(int count, int clients, Callable<T> call) throws Exception {
        return run(Collections.nCopies(count, call), clients);
    }

    private static <T> List<T> run(List<Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

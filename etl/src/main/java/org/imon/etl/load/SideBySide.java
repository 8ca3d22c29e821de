package org.imon.etl.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a load's independent steps (one per feed, or one per table) side by side on a few driver
 * threads, each submitting its own Spark jobs. A night's load is mostly Spark's fixed cost per query:
 * the driver plans it and compiles its generated code while the executor's cores wait, then a job of a
 * few small tasks. Two steps at a time keep both the driver and the cores busy. The number of threads
 * is {@value #THREADS} (a system property, default 2); 1 runs the steps one after the other.
 */
final class SideBySide {
    static final String THREADS = "imon.load.threads";

    /** One step: the work for one key. */
    @FunctionalInterface
    interface Step<K, V> {
        V run(K key) throws IOException;
    }

    private SideBySide() {
    }

    /**
     * Each key's step, its results in the keys' order. The first failure (in the keys' order) is thrown
     * once every step already started has ended, so nothing of a failed load is still writing.
     */
    static <K, V> Map<K, V> each(List<K> keys, Step<K, V> step) throws IOException {
        int threads = Math.max(1, Integer.getInteger(THREADS, 2));
        Map<K, V> results = new LinkedHashMap<>();
        if (threads == 1 || keys.size() < 2) {
            for (K key : keys) {
                results.put(key, step.run(key));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, keys.size()), r -> {
            Thread t = new Thread(r, "imon-load-step");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<V>> futures = new ArrayList<>();
            keys.forEach(k -> futures.add(pool.submit(() -> step.run(k))));
            Throwable failure = null;
            for (int i = 0; i < keys.size(); i++) {
                try {
                    V value = futures.get(i).get();
                    if (failure == null) {
                        results.put(keys.get(i), value);
                    }
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                        futures.forEach(f -> f.cancel(false));
                    }
                } catch (CancellationException e) {
                    // Never started, after an earlier failure.
                }
            }
            if (failure != null) {
                throw rethrown(failure);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("装载被中断", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The step's own failure, as it was thrown: Spark throws its checked exceptions undeclared. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> IOException rethrown(Throwable failure) throws T {
        throw (T) failure;
    }
}

package dev.lawful.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0 to {@code count - 1} on up to {@code threads} threads, the caller's thread
 * among them; each thread takes the next number until none is left, so uneven tasks spread
 * themselves. Tasks write their results into slots of their own number, which keeps the
 * output in input order whatever the threads did. The first task to fail stops the others
 * from starting new numbers, and its exception (or error: an {@code OutOfMemoryError} stays
 * one) is thrown by {@link #run} as it was thrown.
 */
public final class ParallelWork {

    private ParallelWork() {
    }

    /** The threads to use for {@code threads} as configured: 0 means one per available processor. */
    public static int threads(int threads) {
        return threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** A task that reads or writes files. */
    @FunctionalInterface
    public interface IoTask {
        void run(int number) throws IOException;
    }

    /**
     * {@link #run} for tasks that read files: the first task's {@code IOException} is thrown as
     * it was, and an interruption as an {@code IOException} saying what was {@code doing}.
     */
    public static void runReading(int count, int threads, String name, String doing, IoTask task) throws IOException {
        try {
            run(count, threads, name, i -> {
                try {
                    task.run(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + doing, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * @param threads how many threads at most (0: one per available processor); never more than tasks
     * @param name the name of the helper threads, for thread dumps and profiles
     * @throws InterruptedException when the caller is interrupted while the helpers finish
     */
    public static void run(int count, int threads, String name, IntConsumer task) throws InterruptedException {
        int workers = Math.max(1, Math.min(threads(threads), count));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    next.set(count);
                    throw e;
                }
            }
        };
        if (workers == 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> helpers = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                helpers.add(pool.submit(worker));
            }
            Throwable failure = null;
            try {
                worker.run();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            for (Future<?> helper : helpers) {
                try {
                    helper.get();
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause();
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

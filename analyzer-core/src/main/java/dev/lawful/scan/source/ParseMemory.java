package dev.lawful.scan.source;

import java.util.Locale;

/**
 * The memory the scan's parsers may hold at once, so that a large file is refused with a
 * reason before it fills the heap, and parallel workers do not together take more than the
 * heap has. A file's need is estimated from the length of the text parsed: JavaParser with
 * tokens stored keeps about {@value #BYTES_PER_CHAR} bytes per character of dense
 * declarations (measured on a class of 40,000 fields; comments cost a fifth of that). A file
 * whose need exceeds the whole budget is refused; a smaller one waits until enough is free.
 */
final class ParseMemory {

    static final long BYTES_PER_CHAR = 100;

    /** The share of the maximum heap the parsers may hold; the rest is the scan's results and the reports'. */
    private static final double SHARE_OF_HEAP = 0.5;

    private final long budget;
    private final long maxHeap;
    private long free;

    private ParseMemory(long budget, long maxHeap) {
        this.budget = budget;
        this.maxHeap = maxHeap;
        this.free = budget;
    }

    /** A budget of half the JVM's maximum heap. */
    static ParseMemory ofHeap() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        return new ParseMemory((long) (maxHeap * SHARE_OF_HEAP), maxHeap);
    }

    static ParseMemory of(long budget, long maxHeap) {
        return new ParseMemory(budget, maxHeap);
    }

    static long need(int chars) {
        return chars * BYTES_PER_CHAR;
    }

    /** Whether a text of this length can be parsed at all in this budget. */
    boolean fits(int chars) {
        return need(chars) <= budget;
    }

    /** Why a text of this length is refused, with its size and the limit. */
    String refusal(long fileBytes, int chars) {
        return String.format(Locale.ROOT, "file too large to parse in this heap: %s, which takes about %s of memory to parse;"
                        + " the parsers may use %s (half the maximum heap of %s); give the JVM more memory (-Xmx)"
                        + " or leave the file out of the scan",
                size(fileBytes), size(need(chars)), size(budget), size(maxHeap));
    }

    /** Blocks until the text's need is free, and holds it until the returned lease is closed. */
    Lease reserve(int chars) throws InterruptedException {
        long bytes = Math.min(need(chars), budget);
        synchronized (this) {
            while (free < bytes) {
                wait();
            }
            free -= bytes;
        }
        return () -> release(bytes);
    }

    private synchronized void release(long bytes) {
        free += bytes;
        notifyAll();
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }

    /** Memory held for one parse. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}

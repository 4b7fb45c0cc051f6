package dev.lawful.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelWorkTest {

    @Test
    void everyTaskRunsOnceAndWritesItsOwnSlot() throws InterruptedException {
        int[] squares = new int[10_000];
        AtomicInteger runs = new AtomicInteger();
        ParallelWork.run(squares.length, 4, "test-work", i -> {
            runs.incrementAndGet();
            squares[i] = i * i;
        });
        assertEquals(squares.length, runs.get());
        for (int i = 0; i < squares.length; i++) {
            assertEquals(i * i, squares[i]);
        }
    }

    @Test
    void theCallersThreadWorksBesideTheHelpers() throws InterruptedException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ParallelWork.run(2_000, 2, "test-helper", i -> threads.add(Thread.currentThread().getName()));
        assertTrue(threads.stream().allMatch(name -> name.equals("test-helper") || name.equals(Thread.currentThread().getName())),
                threads.toString());
    }

    @Test
    void oneThreadRunsOnTheCallersThreadAlone() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        ParallelWork.run(100, 1, "test-none", i -> threads.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void aTasksExceptionIsThrownAsItWasAndStopsNewTasks() {
        IllegalStateException thrown = new IllegalStateException("task 3 failed");
        AtomicInteger started = new AtomicInteger();
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> ParallelWork.run(100_000, 2, "test-fail", i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw thrown;
            }
        }));
        assertSame(thrown, caught);
        assertTrue(started.get() < 100_000, "tasks kept starting after one failed: " + started.get());
    }

    @Test
    void anErrorStaysAnError() {
        assertThrows(OutOfMemoryError.class, () -> ParallelWork.run(50, 3, "test-error", i -> {
            if (i == 40) {
                throw new OutOfMemoryError("simulated");
            }
        }));
    }

    @Test
    void zeroThreadsMeansOnePerProcessor() {
        assertEquals(Runtime.getRuntime().availableProcessors(), ParallelWork.threads(0));
        assertEquals(3, ParallelWork.threads(3));
    }
}

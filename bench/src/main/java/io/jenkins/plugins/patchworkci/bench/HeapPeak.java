package io.jenkins.plugins.patchworkci.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap a stage used, read from the JVM's heap pools. The benchmarks run each stage in a child JVM
 * of its own, so the pools' peaks belong to that stage alone once {@link #reset()} has cleared them.
 */
public final class HeapPeak {

    private HeapPeak() {
    }

    /** Forgets the peaks seen so far, so the next {@link #bytes()} covers only what runs after this. */
    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last {@link #reset()}, in bytes. */
    public static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

package io.jenkins.plugins.patchworkci.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap a stage used: the most the heap held at any one moment. The heap only grows between
 * collections, so its peak is the largest total that a collection found when it started (from the
 * collectors' notifications), or what it holds at the end if that is more. The sum of each pool's
 * own peak, which this used to report, adds up peaks from different moments (a full young
 * generation, later a full old one) and so can exceed -Xmx for a stage that fits. The benchmarks run
 * each stage in a child JVM of its own, so the figure belongs to that stage once {@link #reset()}
 * has cleared it.
 */
public final class HeapPeak {

    private static final AtomicLong PEAK = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long before = 0;
                        for (MemoryUsage u : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
                            before += u.getUsed();
                        }
                        PEAK.accumulateAndGet(before, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private HeapPeak() {
    }

    /** Forgets the peak seen so far, so the next {@link #bytes()} covers only what runs after this. */
    public static void reset() {
        PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most the heap held at one moment since the last {@link #reset()}, in bytes. */
    public static long bytes() {
        return Math.max(PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}

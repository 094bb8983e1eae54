package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.series.Series;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Series already read from their mail, by Patchwork series id, so a rescan downloads only new series.
 * Only complete series are kept: their patches no longer change (Patchwork's mbox may gain review
 * trailers, which change neither the patch-ids nor the routing). Least recently used entries go first.
 */
public final class SeriesCache {

    private final Map<Long, Series> entries;

    /** @param capacity how many series to keep, e.g. a few thousand for a busy list's two weeks */
    public SeriesCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Series> eldest) {
                return size() > capacity;
            }
        };
    }

    @Nullable
    public synchronized Series get(long patchworkSeriesId) {
        return entries.get(patchworkSeriesId);
    }

    public synchronized void put(long patchworkSeriesId, Series series) {
        entries.put(patchworkSeriesId, series);
    }

    public synchronized int size() {
        return entries.size();
    }
}

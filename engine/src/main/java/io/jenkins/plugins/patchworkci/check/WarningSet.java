package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multiset of warning fingerprints, for before/after comparisons: a warning is new when the
 * patch leaves more of that fingerprint than there were, whatever lines moved.
 */
final class WarningSet {

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> example = new LinkedHashMap<>();

    void add(String fingerprint, String line) {
        counts.merge(fingerprint, 1, Integer::sum);
        example.putIfAbsent(fingerprint, line);
    }

    int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The warnings (one example line each, repeated per extra copy) this set has more of than {@code before}. */
    List<String> newSince(WarningSet before) {
        List<String> out = new ArrayList<>();
        counts.forEach((fp, n) -> {
            int extra = n - before.counts.getOrDefault(fp, 0);
            for (int i = 0; i < extra; i++) {
                out.add(example.get(fp));
            }
        });
        return out;
    }

    Collection<String> fingerprints() {
        return counts.keySet();
    }
}

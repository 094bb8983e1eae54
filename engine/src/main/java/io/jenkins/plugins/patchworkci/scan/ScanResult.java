package io.jenkins.plugins.patchworkci.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a scan found: the heads to build, by name, and everything left out with its reason. A scan that
 * could not read Patchwork has no result: it raises.
 *
 * @param heads the wanted heads, sorted by name
 * @param skipped what was left out, in the order met
 */
public record ScanResult(List<LineageHead> heads, List<Skipped> skipped) {

    public ScanResult {
        heads = heads.stream().sorted(java.util.Comparator.comparing(LineageHead::name)).toList();
        skipped = List.copyOf(skipped);
    }

    public Optional<LineageHead> head(String name) {
        return heads.stream().filter(h -> h.name().toString().equals(name)).findFirst();
    }

    /**
     * The heads a Patchwork event concerns ({@link LineageHead#concerns}), in this scan or in
     * {@code before}, the scan preceding it: a head the change closed or filtered out is only in the
     * earlier one, and its job must hear of it too. For a name in both, this scan's head is returned.
     */
    public List<LineageHead> headsConcerning(HeadChange change, @Nullable ScanResult before) {
        Map<String, LineageHead> byName = new LinkedHashMap<>();
        if (before != null) {
            before.heads.forEach(h -> byName.put(h.name().toString(), h));
        }
        heads.forEach(h -> byName.put(h.name().toString(), h));
        return byName.values().stream().filter(h -> h.concerns(change.seriesId(), change.patchId())).toList();
    }
}

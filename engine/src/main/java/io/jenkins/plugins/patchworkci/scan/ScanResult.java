package io.jenkins.plugins.patchworkci.scan;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import java.util.Optional;

/**
 * What a scan found: the heads to build, by name, and everything left out with its reason. A scan that
 * could not read Patchwork has no result: it raises.
 *
 * @param heads the wanted heads, sorted by name
 * @param skipped what was left out, in the order met
 */
public record ScanResult(@NonNull List<LineageHead> heads, @NonNull List<Skipped> skipped) {

    public ScanResult {
        heads = heads.stream().sorted(java.util.Comparator.comparing(LineageHead::name)).toList();
        skipped = List.copyOf(skipped);
    }

    @NonNull
    public Optional<LineageHead> head(@NonNull String name) {
        return heads.stream().filter(h -> h.name().toString().equals(name)).findFirst();
    }
}

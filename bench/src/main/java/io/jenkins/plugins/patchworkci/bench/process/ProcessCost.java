package io.jenkins.plugins.patchworkci.bench.process;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What one process cost: wall-clock seconds (measured by the caller around the whole process),
 * CPU seconds (user + system, of the process and its children) and peak resident memory.
 */
public record ProcessCost(double wallSeconds, double cpuSeconds, long peakKb) {

    /** The median of each measure on its own (rounds are few, so a slow outlier does not count). */
    public static ProcessCost median(List<ProcessCost> rounds) {
        return new ProcessCost(median(rounds, Comparator.comparingDouble(ProcessCost::wallSeconds)).wallSeconds(),
                median(rounds, Comparator.comparingDouble(ProcessCost::cpuSeconds)).cpuSeconds(),
                median(rounds, Comparator.comparingLong(ProcessCost::peakKb)).peakKb());
    }

    private static ProcessCost median(List<ProcessCost> rounds, Comparator<ProcessCost> by) {
        List<ProcessCost> sorted = rounds.stream().sorted(by).toList();
        return sorted.get(sorted.size() / 2);
    }

    public String text() {
        return String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU, %.0f MB", wallSeconds, cpuSeconds, peakKb / 1024.0);
    }
}

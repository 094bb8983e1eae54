package io.jenkins.plugins.patchworkci.bench.suite;

import java.util.Locale;

/**
 * One line of the results table: what was measured, our figure beside the peer tool's figure on
 * the same input in the same run, the ratio (always "how many times better we are", so above 1
 * is good), the goal and whether it was met.
 *
 * @param area the part of the system (parsing, applying, routing, ...)
 * @param measure what was measured, with its input
 * @param ours our figure, formatted with its unit
 * @param peer the peer's figure, formatted, or "-" where there is no peer
 * @param ratio how many times better we are than the peer, or NaN where there is no peer
 * @param goal the goal, in words
 * @param met whether the goal was met; null where the figure has no goal of its own
 */
public record Figure(String area, String measure, String ours, String peer, double ratio, String goal, Boolean met) {

    /** A figure with no peer. */
    public static Figure alone(String area, String measure, String ours, String goal, Boolean met) {
        return new Figure(area, measure, ours, "-", Double.NaN, goal, met);
    }

    public String ratioText() {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1fx", ratio);
    }

    public String metText() {
        return met == null ? "" : met ? "yes" : "NO";
    }
}

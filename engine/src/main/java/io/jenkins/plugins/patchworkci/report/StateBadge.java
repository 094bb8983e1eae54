package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckState;

/**
 * How a state looks in a report: a symbol and a word as well as a colour, so it reads at a glance
 * and still reads without colour (print, colour blindness, a text-only mail).
 */
public enum StateBadge {
    SUCCESS(CheckState.SUCCESS, "\u2714", "#0b6b2b", "#e3f4e8"),
    WARNING(CheckState.WARNING, "\u26A0", "#7a4d00", "#fff1c2"),
    FAIL(CheckState.FAIL, "\u2718", "#a1141d", "#fde2e4"),
    PENDING(CheckState.PENDING, "\u2026", "#3d4450", "#eceef2"),
    /** A check that has not reported on a patch. */
    NONE(null, "\u2013", "#6b7280", "#ffffff"),
    /** A patch after the one that failed to apply: nothing could judge it. */
    NOT_TRIED(null, "\u2298", "#6b7280", "#f3f4f6");

    private final CheckState state;
    private final String symbol;
    private final String ink;
    private final String paper;

    StateBadge(CheckState state, String symbol, String ink, String paper) {
        this.state = state;
        this.symbol = symbol;
        this.ink = ink;
        this.paper = paper;
    }

    public static StateBadge of(CheckState state) {
        if (state == null) {
            return NONE;
        }
        for (StateBadge b : values()) {
            if (b.state == state) {
                return b;
            }
        }
        throw new IllegalArgumentException("no badge for " + state);
    }

    public String symbol() {
        return symbol;
    }

    /** The state's word: Patchwork's, "not run" or "not tried". */
    public String word() {
        return this == NOT_TRIED ? "not tried" : state == null ? "not run" : state.apiName();
    }

    /** The CSS class of a cell with this state. */
    public String cssClass() {
        return "pwci-" + (this == NOT_TRIED ? "nottried" : state == null ? "none" : state.apiName());
    }

    /** The CSS rule for that class. */
    String cssRule() {
        return "." + cssClass() + "{color:" + ink + ";background:" + paper + "}";
    }
}

package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check that judges the series as a whole (its format, its Fixes tags); the one verdict is
 * reported on every patch, as NIPA reports its series tests.
 */
public abstract class SeriesCheck implements Check {

    private final String name;

    protected SeriesCheck(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<CheckResult> run(CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        Verdict v = check(context, options);
        if (v == null) {
            return List.of();
        }
        return context.patches().stream().map(p -> v.forPatch(name, p.number())).toList();
    }

    /** The verdict on the series, or null when the check has nothing to say. */
    @Nullable
    protected abstract Verdict check(CheckContext context, CheckOptions options)
            throws IOException, InterruptedException;
}

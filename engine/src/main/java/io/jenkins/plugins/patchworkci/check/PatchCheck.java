package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check that looks at each patch on its own. {@link #run} is final: it walks the patches in order
 * and ties each verdict to its patch number, so an implementation cannot forget one. A patch the
 * check cannot judge (its tool fails on it) gets a warning saying why; the other patches still
 * get their verdicts.
 */
public abstract class PatchCheck implements Check {

    private final String name;

    protected PatchCheck(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<CheckResult> run(CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        if (!applies(context, options)) {
            return List.of();
        }
        List<CheckResult> out = new ArrayList<>();
        for (PatchUnderTest patch : context.patches()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("check " + name + " interrupted");
            }
            Verdict v;
            try {
                v = check(patch, context, options);
            } catch (IOException | RuntimeException e) {
                // One patch the tool chokes on does not cost the other patches their verdicts.
                v = Verdict.of(CheckState.WARNING, "check could not run: " + RunChecks.reason(e), e.toString());
            }
            if (v != null) {
                out.add(v.forPatch(name, patch.number()));
            }
        }
        return out;
    }

    /** Whether the check has anything to do for this series (a tool present, a command named). */
    protected boolean applies(CheckContext context, CheckOptions options) {
        return true;
    }

    /** The verdict on one patch, or null when the check has nothing to say about it. */
    @Nullable
    protected abstract Verdict check(PatchUnderTest patch, CheckContext context,
            CheckOptions options) throws IOException, InterruptedException;
}

package io.jenkins.plugins.patchworkci.check;

/**
 * {@code apply}: whether the series applied, and with which tier. The patch that failed fails;
 * the patches before it applied; the ones after it were never tried: they fail too, saying which
 * patch did not apply, because their result is final (left pending, Patchwork would show them as
 * still being tested forever) and none of them is in the tree a maintainer would get.
 */
public final class ApplyCheck extends PatchCheck {

    public static final String NAME = "apply";

    public ApplyCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return context.apply().isPresent();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) {
        ApplyOutcome a = context.apply().orElseThrow();
        if (a.applied()) {
            return Verdict.of(CheckState.SUCCESS, "Applied to " + context.treeName() + a.tier().map(t -> " (" + t + ")")
                    .orElse("") + ": " + a.summary(), a.details());
        }
        if (patch.number() < a.failedPatch()) {
            return Verdict.success("Applied to " + context.treeName() + "; patch " + a.failedPatch() + " did not");
        }
        if (patch.number() == a.failedPatch()) {
            return Verdict.of(CheckState.FAIL, "Does not apply to " + context.treeName() + ": " + a.summary(),
                    a.details());
        }
        return Verdict.of(CheckState.FAIL, "Not tried: patch " + a.failedPatch() + " did not apply", "");
    }
}

package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.util.List;

/**
 * {@code fixes_present}: a series for a fixes tree ({@code net}, {@code bpf}) carries at least one
 * {@code Fixes:} tag, unless it touches only documentation and MAINTAINERS (NIPA's rule).
 *
 * <p>Options: {@code codeFreePrefixes} (Documentation/, MAINTAINERS): paths that are not code.
 */
public final class FixesPresentCheck extends SeriesCheck {

    public static final String NAME = "fixes_present";

    public FixesPresentCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(CheckContext context, CheckOptions options) {
        if (context.treeRole() != TreeRole.FIXES) {
            return Verdict.success("Fixes tag not required for " + context.treeName());
        }
        for (PatchUnderTest p : context.patches()) {
            if (!p.trailers("Fixes").isEmpty()) {
                return Verdict.success("Fixes tag present in non-next series");
            }
        }
        List<String> safe = options.list("codeFreePrefixes", List.of("Documentation/", "MAINTAINERS"));
        boolean touchesCode = context.patches().stream()
                .flatMap(p -> p.parsedDiff().paths().stream())
                .anyMatch(path -> safe.stream().noneMatch(path::startsWith));
        if (!touchesCode) {
            return Verdict.success("No Fixes tags, but series doesn't touch code");
        }
        return Verdict.of(CheckState.FAIL,
                "Series targets non-next tree " + context.treeName() + ", but doesn't contain any Fixes tags", "");
    }
}

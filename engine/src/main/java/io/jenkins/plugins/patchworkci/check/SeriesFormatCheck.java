package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code series_format}, as NIPA's series test: the subject names the target tree, the series is
 * not longer than the list accepts (15 on netdev), and a series of more than two patches has a
 * cover letter. A pull request is its own cover letter.
 *
 * <p>Options: {@code maxPatches} (15), {@code tagExpected} (true: a missing tree tag warns).
 */
public final class SeriesFormatCheck extends SeriesCheck {

    public static final String NAME = "series_format";

    public SeriesFormatCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(CheckContext context, CheckOptions options) {
        int max = options.integer("maxPatches", 15);
        int n = context.patches().size();
        CheckState state = CheckState.SUCCESS;
        List<String> problems = new ArrayList<>();
        if (n > 2 && !context.coverLetter() && !context.pullRequest()) {
            state = CheckState.WARNING;
            problems.add("Series does not have a cover letter");
        }
        if (n > max) {
            // Long without a cover letter is worse: nobody can review the series as a whole.
            boolean hasCover = context.coverLetter() || context.pullRequest();
            state = CheckState.worst(state, hasCover ? CheckState.WARNING : CheckState.FAIL);
            problems.add("Series longer than " + max + " patches" + (hasCover ? "" : " (and no cover letter)"));
        }
        if (options.flag("tagExpected", true) && context.treeTag().isEmpty()) {
            state = CheckState.worst(state, CheckState.WARNING);
            problems.add("Target tree name not specified in the subject");
        }
        if (problems.isEmpty()) {
            return Verdict.success("Posting correctly formatted");
        }
        return Verdict.of(state, String.join("; ", problems), "");
    }
}

package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code deprecated_api}: uses of deprecated interfaces the patch adds. Each pattern is counted on
 * added and on removed lines (case-insensitive, as NIPA's grep -i); a patch that adds more than it
 * removes gets the pattern's state, one that only moves an error-level use warns.
 *
 * <p>Options: {@code errors} (netdev: {@code module_param}) and {@code warnings} (netdev:
 * {@code dev_hold(}, {@code dev_put(}, {@code put_net(}, {@code get_net(} after a non-word
 * character), both Java regular expressions.
 */
public final class DeprecatedApiCheck extends PatchCheck {

    public static final String NAME = "deprecated_api";
    public static final List<String> DEFAULT_ERRORS = List.of("module_param");
    public static final List<String> DEFAULT_WARNINGS =
            List.of("\\Wdev_hold\\(", "\\Wdev_put\\(", "\\Wput_net\\(", "\\Wget_net\\(");

    public DeprecatedApiCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) {
        Diff diff = patch.parsedDiff();
        CheckState state = CheckState.SUCCESS;
        List<String> found = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String item : options.list("warnings", DEFAULT_WARNINGS)) {
            Pattern p = compile(item, options);
            state = CheckState.worst(state, count(diff, p, item, CheckState.WARNING, found, lines));
        }
        for (String item : options.list("errors", DEFAULT_ERRORS)) {
            state = CheckState.worst(state, count(diff, compile(item, options), item, CheckState.FAIL, found, lines));
        }
        if (found.isEmpty()) {
            return Verdict.success("None detected");
        }
        return Verdict.of(state, "Found: " + String.join("; ", found), String.join("\n", lines) + "\n");
    }

    private static Pattern compile(String item, CheckOptions options) {
        try {
            return Pattern.compile(item, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("check " + options.check() + ": pattern '" + item
                    + "' is not a regular expression: " + e.getDescription(), e);
        }
    }

    private static CheckState count(Diff diff, Pattern p, String item, CheckState severity, List<String> found,
            List<String> lines) {
        int added = 0;
        int removed = 0;
        for (Diff.DiffFile f : diff.files()) {
            for (String l : f.added()) {
                // NIPA greps "^+.*item": the "+" is a non-word character before the first column.
                if (p.matcher("+" + l).find()) {
                    added++;
                    lines.add(f.path() + ": +" + l);
                }
            }
            for (String l : f.removed()) {
                if (p.matcher("-" + l).find()) {
                    removed++;
                }
            }
        }
        if (added + removed == 0) {
            return CheckState.SUCCESS;
        }
        found.add("'" + item.replace("\\W", "").replace("\\", "") + "' was: " + removed + " now: " + added);
        if (added == 0) {
            return CheckState.SUCCESS;
        }
        if (added > removed) {
            return severity;
        }
        return severity == CheckState.FAIL ? CheckState.WARNING : CheckState.SUCCESS;
    }
}

package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code source_inline}: no {@code inline} added in {@code .c} files (let the compiler decide;
 * netdev's rule). NIPA's grep, line for line: a line whose code before any comment has the word
 * {@code inline}. More added than removed fails; as many (the patch moves them) warns.
 */
public final class SourceInlineCheck extends PatchCheck {

    public static final String NAME = "source_inline";
    static final Pattern INLINE = Pattern.compile("^([^*/]*\\W|)inline\\W.*", Pattern.CASE_INSENSITIVE);

    public SourceInlineCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) {
        List<String> found = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (Diff.DiffFile f : patch.parsedDiff().files()) {
            if (!f.path().endsWith(".c")) {
                continue;
            }
            for (String line : f.added()) {
                if (INLINE.matcher(line).matches()) {
                    added++;
                    found.add(f.path() + ": +" + line);
                }
            }
            removed += (int) f.removed().stream().filter(l -> INLINE.matcher(l).matches()).count();
        }
        String description = "Was " + removed + " now: " + added;
        if (added == 0) {
            return Verdict.success(description);
        }
        String details = "Detected inline keyword in C files\n" + String.join("\n", found) + "\n";
        return Verdict.of(added > removed ? CheckState.FAIL : CheckState.WARNING, description, details);
    }
}

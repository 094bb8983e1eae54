package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code header_inline}: a static function added to a header is {@code static inline} (else every
 * file that includes it gets its own unused copy and a warning). NIPA's two patterns: a
 * {@code static} definition start without {@code inline}, and a one-line definition with a plain
 * return type; lines ending in a backslash are macro bodies and do not count.
 */
public final class HeaderInlineCheck extends PatchCheck {

    public static final String NAME = "header_inline";
    private static final Pattern STATIC_NOT_INLINE =
            Pattern.compile("^static (?!(__always_)?inline).*\\(.*[^\\\\]$");
    private static final Pattern ONE_LINE_DEFINITION = Pattern.compile(
            "^(static )?(?!(__always_)?inline )((unsigned|long|short) )*(char|bool|void|int|u[0-9]*) "
                    + "[0-9A-Za-z_]*\\(.*\\) *\\{.*[^\\\\]$");

    public HeaderInlineCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) {
        List<String> found = new ArrayList<>();
        for (Diff.DiffFile f : patch.parsedDiff().files()) {
            if (!f.path().endsWith(".h")) {
                continue;
            }
            for (String line : f.added()) {
                if (STATIC_NOT_INLINE.matcher(line).matches() || ONE_LINE_DEFINITION.matcher(line).matches()) {
                    found.add(f.path() + ": +" + line);
                }
            }
        }
        if (found.isEmpty()) {
            return Verdict.success("No static functions without inline keyword in header files");
        }
        return Verdict.of(CheckState.FAIL,
                "Detected static functions without inline keyword in header files: " + found.size(),
                String.join("\n", found) + "\n");
    }
}

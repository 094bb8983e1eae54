package io.jenkins.plugins.patchworkci.check.results;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tests known to fail now and then, by name or glob ({@code *} for any run of characters), as a
 * team keeps them in a file: one per line, {@code #} comments. A known-flaky failure is reported
 * as a warning, never as the series' fault.
 */
public final class FlakyLedger {

    private final List<Pattern> patterns;
    private final List<String> entries;

    private FlakyLedger(List<String> entries) {
        this.entries = List.copyOf(entries);
        List<Pattern> ps = new ArrayList<>();
        for (String e : entries) {
            List<String> parts = new ArrayList<>();
            for (String part : e.split("\\*", -1)) {
                parts.add(Pattern.quote(part));
            }
            ps.add(Pattern.compile(String.join(".*", parts)));
        }
        this.patterns = List.copyOf(ps);
    }

    public static FlakyLedger of(List<String> entries) {
        return new FlakyLedger(entries.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public static FlakyLedger empty() {
        return of(List.of());
    }

    /** Reads the file form: one name or glob per line, blank lines and {@code #} comments skipped. */
    public static FlakyLedger parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return of(out);
    }

    public boolean isKnownFlaky(String testName) {
        return patterns.stream().anyMatch(p -> p.matcher(testName).matches());
    }

    public List<String> entries() {
        return entries;
    }
}

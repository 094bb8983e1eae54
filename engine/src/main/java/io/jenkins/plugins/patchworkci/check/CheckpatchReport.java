package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * checkpatch.pl's output read back: the counts from its {@code total:} line and each message
 * ({@code ERROR:}, {@code WARNING:}, {@code CHECK:}, with or without {@code --show-types}).
 *
 * @param errors errors counted by checkpatch
 * @param warnings warnings
 * @param checks checks (--strict)
 * @param messages the message lines, in order, without duplicates
 * @param hasTotal whether the {@code total:} line was there (else checkpatch did not finish)
 */
record CheckpatchReport(int errors, int warnings, int checks, List<String> messages, boolean hasTotal) {

    private static final Pattern TOTAL =
            Pattern.compile("^total: (\\d+) errors, (\\d+) warnings, (?:(\\d+) checks, )?\\d+ lines checked");
    private static final Pattern MESSAGE = Pattern.compile("^(ERROR|WARNING|CHECK)(:[A-Z0-9_]+)?: .*");

    static CheckpatchReport parse(String output) {
        int e = 0;
        int w = 0;
        int c = 0;
        boolean total = false;
        List<String> messages = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher t = TOTAL.matcher(line);
            if (t.find()) {
                e += Integer.parseInt(t.group(1));
                w += Integer.parseInt(t.group(2));
                c += t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
                total = true;
            } else if (MESSAGE.matcher(line).matches() && !messages.contains(line)) {
                messages.add(line);
            }
        }
        return new CheckpatchReport(e, w, c, messages, total);
    }

    String summary() {
        return "total: " + errors + " errors, " + warnings + " warnings, " + checks + " checks";
    }
}

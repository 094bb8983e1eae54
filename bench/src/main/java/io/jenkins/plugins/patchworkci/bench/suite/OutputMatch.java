package io.jenkins.plugins.patchworkci.bench.suite;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a figure in another benchmark's printed output, failing clearly when its wording changed. */
final class OutputMatch {

    private OutputMatch() {}

    static Matcher find(String output, String regex, String who) throws IOException {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(output);
        if (!m.find()) {
            throw new IOException(who + " printed no line matching /" + regex + "/ (did its output change?)");
        }
        return m;
    }

    static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}

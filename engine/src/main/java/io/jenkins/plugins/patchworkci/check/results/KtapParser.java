package io.jenkins.plugins.patchworkci.check.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads KTAP (Documentation/dev-tools/ktap.rst) and the TAP 13 that the kselftest runner prints.
 * A result line is {@code ok N description # DIRECTIVE}, {@code not ok N ...}; subtests come
 * before their parent's result line, indented (KTAP, KUnit) or, in kselftest's runner output,
 * behind {@code "# "} prefixes. A subtest is named after its parent, {@code parent/child}, once
 * the parent's result line gives the parent's name. Diagnostic lines, plans and version lines
 * carry no results. Directives: SKIP skips, XFAIL (and TODO on a failure) is an expected failure,
 * TIMEOUT fails.
 */
public final class KtapParser {

    private static final Pattern RESULT = Pattern.compile("^((?:[ \\t]|# )*)(not ok|ok) (\\d+)\\b(.*)$");

    private KtapParser() {}

    public static TestReport parse(String output) {
        List<Entry> done = new ArrayList<>();
        for (String raw : output.split("\n")) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            Matcher m = RESULT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int depth = m.group(1).length();
            boolean ok = m.group(2).equals("ok");
            String rest = m.group(4);
            String description = rest;
            String directive = "";
            int hash = rest.indexOf(" # ");
            if (hash >= 0) {
                description = rest.substring(0, hash);
                directive = rest.substring(hash).replaceFirst("^\\s*#\\s*", "");
            }
            description = description.strip().replaceFirst("^- ", "");
            if (description.isEmpty()) {
                description = "test " + m.group(3);
            }
            Entry e = new Entry(depth, description, outcome(ok, directive), directive);
            // Every finished entry deeper than this line is one of its subtests: name them after it.
            List<Entry> children = new ArrayList<>();
            while (!done.isEmpty() && done.get(done.size() - 1).depth > depth) {
                children.add(0, done.remove(done.size() - 1));
            }
            for (Entry c : children) {
                // Adopted subtests move up to their parent's level, so a later sibling does not take them.
                c.name = description + "/" + c.name;
                c.depth = depth;
            }
            done.addAll(children);
            done.add(e);
        }
        List<TestCase> cases = new ArrayList<>();
        done.forEach(e -> cases.add(new TestCase(e.name, e.outcome, e.detail)));
        return new TestReport(cases);
    }

    private static TestOutcome outcome(boolean ok, String directive) {
        String d = directive.toUpperCase(Locale.ROOT);
        if (d.startsWith("SKIP")) {
            return TestOutcome.SKIP;
        }
        if (d.startsWith("XFAIL")) {
            return TestOutcome.XFAIL;
        }
        if (d.startsWith("TODO")) {
            return ok ? TestOutcome.PASS : TestOutcome.XFAIL;
        }
        if (d.startsWith("TIMEOUT")) {
            return TestOutcome.FAIL;
        }
        return ok ? TestOutcome.PASS : TestOutcome.FAIL;
    }

    private static final class Entry {
        int depth;
        String name;
        final TestOutcome outcome;
        final String detail;

        Entry(int depth, String name, TestOutcome outcome, String detail) {
            this.depth = depth;
            this.name = name;
            this.outcome = outcome;
            this.detail = detail;
        }
    }
}

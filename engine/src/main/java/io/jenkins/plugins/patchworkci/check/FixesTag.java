package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code Fixes:} value taken apart as Stephen Rothwell's verify_fixes script does: an optional
 * leading word "commit", the abbreviated hash, the quoted subject in parentheses; with the form
 * problems it finds on the way.
 *
 * @param value the value as written
 * @param hash the hash, empty when none was recognised
 * @param subject the subject with parentheses and quotes taken off
 * @param problems form problems (leading word, missing subject, unbalanced quotes)
 */
record FixesTag(String value, Optional<String> hash, String subject, List<String> problems) {

    private static final Pattern SPLIT =
            Pattern.compile("^([Cc][Oo][Mm][Mm][Ii][Tt])?\\s*([0-9a-fA-F]{5,})(\\s*)(.*)$");
    private static final Pattern QUOTED_DOUBLE = Pattern.compile("^[\"\u201C](.*)[\"\u201D]$");
    private static final Pattern QUOTED_SINGLE = Pattern.compile("^['\u2018](.*)['\u2019]$");
    private static final Pattern OPEN_QUOTE = Pattern.compile("^[\"'\u201C\u2018](.*)$");

    static FixesTag parse(String value) {
        List<String> problems = new ArrayList<>();
        Matcher m = SPLIT.matcher(value.strip());
        if (!m.matches()) {
            problems.add("No SHA1 recognised");
            return new FixesTag(value, Optional.empty(), "", problems);
        }
        if (m.group(1) != null) {
            problems.add("leading word '" + m.group(1) + "' unexpected");
        }
        String subject = m.group(4);
        if (subject.isEmpty()) {
            problems.add("missing subject");
        } else if (m.group(3).isEmpty()) {
            problems.add("missing space between the SHA1 and the subject");
        }
        if (subject.startsWith("(")) {
            int close = subject.lastIndexOf(')');
            if (close > 0) {
                subject = subject.substring(1, close);
            } else {
                subject = subject.substring(1);
                problems.add("Subject has leading but no trailing parentheses");
            }
        }
        Matcher q;
        if ((q = QUOTED_DOUBLE.matcher(subject)).matches() || (q = QUOTED_SINGLE.matcher(subject)).matches()) {
            subject = q.group(1);
        } else if ((q = OPEN_QUOTE.matcher(subject)).matches()) {
            subject = q.group(1);
            problems.add("Subject has leading but no trailing quotes");
        }
        return new FixesTag(value, Optional.of(m.group(2).toLowerCase(java.util.Locale.ROOT)), subject.strip(),
                problems);
    }

    /**
     * Whether the quoted subject names the commit's subject: a prefix of it, with the script's
     * ellipsis forms ({@code foo...}, {@code ...foo}, {@code foo ... bar}) matching the elided part.
     */
    boolean subjectMatches(String target) {
        String s = subject.strip();
        String t = target.strip();
        if (s.endsWith("...")) {
            s = s.substring(0, s.length() - 3);
            t = t.substring(0, Math.min(t.length(), s.length()));
        } else if (s.startsWith("...")) {
            s = s.substring(3);
            t = t.substring(Math.max(0, t.length() - s.length()));
        } else if (s.contains(" ... ")) {
            int at = s.indexOf(" ... ");
            String s1 = s.substring(0, at);
            String s2 = s.substring(at + 5);
            s = s1 + " " + s2;
            t = t.substring(0, Math.min(t.length(), s1.length())) + " "
                    + t.substring(Math.max(0, t.length() - s2.length()));
        }
        s = s.strip();
        t = t.strip();
        return t.startsWith(s);
    }
}

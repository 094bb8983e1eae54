package io.jenkins.plugins.patchworkci.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bracketed prefix of a subject: every leading bracket group ({@code [RFC][PATCH v2
 * 1/3]}, {@code [PATCH bpf-next v3 02/15]}, {@code [GIT PULL]}), after any {@code Re:},
 * {@code Fwd:} or {@code Aw:}. Words are split on blanks and commas; {@code PATCHv2} and
 * {@code RFCv2} are read as PATCH/RFC plus a version, as people write them.
 */
final class SubjectPrefixParser {

    private static final Pattern REPLY = Pattern.compile("^\\s*(?:(?:re|fwd?|aw)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("(?:patch|rfc)?v(\\d{1,6})", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTER = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    private SubjectPrefixParser() {}

    static SubjectPrefix parse(String subject) {
        String s = REPLY.matcher(subject).replaceFirst("");
        List<String> words = new ArrayList<>();
        int i = 0;
        for (;;) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '[') {
                break;
            }
            int close = s.indexOf(']', i);
            if (close < 0) {
                break;
            }
            for (String w : s.substring(i + 1, close).split("[\\s,]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            i = close + 1;
        }
        String tree = null;
        int version = 1;
        int index = 1;
        int total = 1;
        boolean rfc = false;
        boolean resend = false;
        boolean pull = false;
        for (String w : words) {
            String u = w.toUpperCase(Locale.ROOT);
            Matcher v = VERSION.matcher(w);
            Matcher c = COUNTER.matcher(w);
            if (u.equals("PATCH") || u.equals("GIT")) {
                continue;
            } else if (u.equals("RFC")) {
                rfc = true;
            } else if (u.equals("RESEND")) {
                resend = true;
            } else if (u.equals("PULL")) {
                pull = true;
            } else if (v.matches()) {
                version = Integer.parseInt(v.group(1));
                if (u.startsWith("RFC")) {
                    rfc = true;
                }
            } else if (c.matches()) {
                index = Integer.parseInt(c.group(1));
                total = Integer.parseInt(c.group(2));
            } else if (tree == null) {
                tree = w;
            }
        }
        return new SubjectPrefix(words, Optional.ofNullable(tree), version, index, total, rfc, resend, pull);
    }
}

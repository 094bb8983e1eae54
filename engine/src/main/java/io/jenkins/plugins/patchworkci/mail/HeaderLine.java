package io.jenkins.plugins.patchworkci.mail;

import org.jspecify.annotations.Nullable;

/**
 * Tests and lookups on one (unfolded) header line, with git mailinfo's leniency: header names
 * compare without case, and Content-Type parameters are found anywhere in the value.
 */
final class HeaderLine {

    private HeaderLine() {}

    /** RFC 2822's loosest field name (printable ASCII but the colon) then a colon; mbox {@code From } lines count too. */
    static boolean isRfc2822Header(ByteLine line) {
        if (line.startsWith("From ") || line.startsWith(">From ")) {
            return true;
        }
        int end = line.cLength();
        for (int i = 0; i < end; i++) {
            int ch = line.at(i);
            if (ch == ':') {
                return true;
            }
            if ((33 <= ch && ch <= 57) || (59 <= ch && ch <= 126)) {
                continue;
            }
            break;
        }
        return false;
    }

    /** The value offset if {@code line} is header {@code hdr} (name without case, colon, spaces skipped), else -1. */
    static int valueOffset(ByteLine line, String hdr) {
        int n = hdr.length();
        if (line.length() < n + 1) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (GitCtype.toLower(line.at(i)) != GitCtype.toLower(hdr.charAt(i))) {
                return -1;
            }
        }
        if (line.at(n) != ':') {
            return -1;
        }
        int v = n + 1;
        while (GitCtype.isSpace(line.at(v))) {
            v++;
        }
        return v;
    }

    /** git's slurp_attr: the value after {@code name} (found anywhere, without case), quoted or up to {@code ; \t}. */
    static @Nullable ByteLine attr(ByteLine line, String name) {
        int ap = line.indexOfIgnoreCase(name, 0);
        if (ap < 0) {
            return null;
        }
        ap += name.length();
        int end = line.cLength();
        String ends = "; \t";
        if (line.at(ap) == '"') {
            ap++;
            ends = "\"";
        }
        int sz = 0;
        while (ap + sz < end && ends.indexOf(line.at(ap + sz)) < 0) {
            sz++;
        }
        ByteLine attr = new ByteLine(sz);
        if (sz > 0) {
            attr.append(line.array(), ap, sz);
        }
        return attr;
    }

    static boolean hasAttrValue(ByteLine line, String name, String value) {
        ByteLine v = attr(line, name);
        return v != null && v.toUtf8().equalsIgnoreCase(value);
    }

}

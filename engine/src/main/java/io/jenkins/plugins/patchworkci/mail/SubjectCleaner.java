package io.jenkins.plugins.patchworkci.mail;

/**
 * git mailinfo's subject clean-up. Without {@code -k}, leading {@code Re:} (any case), spaces,
 * tabs, colons and bracketed groups are removed from the front of the subject, repeatedly; with
 * {@code -b}, only bracket groups that contain {@code PATCH} (and are at least 7 bytes long) are
 * removed, others are kept. Then runs of whitespace become one space.
 */
final class SubjectCleaner {

    private SubjectCleaner() {}

    static void cleanup(ByteLine subject, boolean keepNonPatchBrackets) {
        // git removes bytes at the front one at a time; we copy what is kept once, which gives
        // the same result in linear time (a subject of a million colons must not take minutes)
        int len = subject.length();
        int cEnd = subject.cLength();
        ByteLine out = new ByteLine(len);
        int r = 0;
        while (r < len) {
            int c = subject.at(r);
            if (c == 'r' || c == 'R') {
                if (len - r <= 3) {
                    break;
                }
                if ((subject.at(r + 1) == 'e' || subject.at(r + 1) == 'E') && subject.at(r + 2) == ':') {
                    r += 3;
                    continue;
                }
                break;
            } else if (c == ' ' || c == '\t' || c == ':') {
                r++;
                continue;
            } else if (c == '[') {
                int pos = subject.indexOf(']', r);
                if (pos < 0 || pos >= cEnd) {
                    break;
                }
                int remove = pos - r + 1;
                if (!keepNonPatchBrackets || (7 <= remove && containsPatch(subject, r, remove))) {
                    r += remove;
                } else {
                    out.append(subject.array(), r, remove);
                    r += remove;
                    if (GitCtype.isSpace(subject.at(r))) {
                        out.append(subject.at(r));
                        r++;
                    }
                }
                continue;
            }
            break;
        }
        out.append(subject.array(), r, len - r);
        out.trim();
        subject.copyFrom(out);
    }

    private static boolean containsPatch(ByteLine s, int from, int n) {
        for (int i = from; i + 5 <= from + n; i++) {
            if (s.startsWithAt(i, "PATCH")) {
                return true;
            }
        }
        return false;
    }

    /** Every run of whitespace becomes one space (git's cleanup_space), in one pass. */
    static void cleanupSpace(ByteLine sb) {
        byte[] b = sb.array();
        int len = sb.length();
        int w = 0;
        int r = 0;
        while (r < len) {
            if (GitCtype.isSpace(b[r] & 0xff)) {
                b[w++] = ' ';
                while (r < len && GitCtype.isSpace(b[r] & 0xff)) {
                    r++;
                }
            } else {
                b[w++] = b[r++];
            }
        }
        sb.setLength(w);
    }
}

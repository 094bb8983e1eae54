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
        int at = 0;
        while (at < subject.length()) {
            int c = subject.at(at);
            if (c == 'r' || c == 'R') {
                if (subject.length() <= at + 3) {
                    break;
                }
                if ((subject.at(at + 1) == 'e' || subject.at(at + 1) == 'E') && subject.at(at + 2) == ':') {
                    subject.remove(at, 3);
                    continue;
                }
                break; // git advances past the 'r' and stops; the effect is the same
            } else if (c == ' ' || c == '\t' || c == ':') {
                subject.remove(at, 1);
                continue;
            } else if (c == '[') {
                int pos = subject.indexOf(']', at);
                if (pos < 0 || pos >= subject.cLength()) {
                    break;
                }
                int remove = pos - at + 1;
                if (!keepNonPatchBrackets || (7 <= remove && containsPatch(subject, at, remove))) {
                    subject.remove(at, remove);
                } else {
                    at += remove;
                    if (GitCtype.isSpace(subject.at(at))) {
                        at += 1;
                    }
                }
                continue;
            }
            break;
        }
        subject.trim();
    }

    private static boolean containsPatch(ByteLine s, int from, int n) {
        for (int i = from; i + 5 <= from + n; i++) {
            if (s.startsWithAt(i, "PATCH")) {
                return true;
            }
        }
        return false;
    }

    /** Every run of whitespace becomes one space (git's cleanup_space). */
    static void cleanupSpace(ByteLine sb) {
        for (int pos = 0; pos < sb.length(); pos++) {
            if (GitCtype.isSpace(sb.at(pos))) {
                sb.set(pos, ' ');
                int cnt = 0;
                while (GitCtype.isSpace(sb.at(pos + cnt + 1))) {
                    cnt++;
                }
                sb.remove(pos + 1, cnt);
            }
        }
    }
}

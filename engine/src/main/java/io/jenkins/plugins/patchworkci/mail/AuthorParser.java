package io.jenkins.plugins.patchworkci.mail;

/**
 * Splits a {@code From:} value into name and address the way git mailinfo's handle_from does:
 * RFC 2822 quoted strings and comments are unquoted, the address is the word around the first
 * {@code @} (or inside {@code <>} when there is no {@code @}), and a name that is empty, longer
 * than 60 bytes or looks like an address is replaced by the address.
 *
 * <p>One deliberate difference: on a quoted string or comment that is never closed, git reads
 * past the end of its buffer (undefined behaviour, garbage in the name); we stop at the end.
 */
final class AuthorParser {

    private AuthorParser() {}

    /** Name and address, both possibly empty; {@code from} has had its whitespace collapsed. */
    record NameEmail(ByteLine name, ByteLine email) {}

    static NameEmail parse(ByteLine from) {
        ByteLine name = new ByteLine();
        ByteLine email = new ByteLine();
        ByteLine f = unquoteQuotedPair(from);
        int at = f.indexOf('@', 0);
        if (at < 0 || at >= f.cLength()) {
            parseBogusFrom(from, name, email);
            return new NameEmail(name, email);
        }
        while (at > 0) {
            int c = f.at(at - 1);
            if (GitCtype.isSpace(c)) {
                break;
            }
            if (c == '<') {
                f.set(at - 1, ' ');
                break;
            }
            at--;
        }
        int el = 0;
        int cEnd = f.cLength();
        while (at + el < cEnd && " \n\t\r\u000b\f>".indexOf(f.at(at + el)) < 0) {
            el++;
        }
        email.append(f.array(), at, el);
        f.remove(at, el + (at + el < cEnd ? 1 : 0));
        SubjectCleaner.cleanupSpace(f);
        f.trim();
        if (f.length() > 0 && f.at(0) == '(' && f.at(f.length() - 1) == ')') {
            f.remove(0, 1);
            f.setLength(f.length() - 1);
        }
        saneName(name, f, email);
        return new NameEmail(name, email);
    }

    /** "John Doe <johndoe>": an address without {@code @}. */
    private static void parseBogusFrom(ByteLine line, ByteLine name, ByteLine email) {
        int bra = line.indexOf('<', 0);
        if (bra < 0 || bra >= line.cLength()) {
            return;
        }
        int ket = line.indexOf('>', bra);
        if (ket < 0 || ket >= line.cLength()) {
            return;
        }
        email.append(line.array(), bra + 1, ket - bra - 1);
        name.append(line.array(), 0, bra);
        name.trim();
        saneName(name, name.copy(), email);
    }

    private static void saneName(ByteLine out, ByteLine name, ByteLine email) {
        ByteLine src = name;
        int cEnd = name.cLength();
        boolean addressLike = false;
        for (int i = 0; i < cEnd; i++) {
            int c = name.at(i);
            addressLike |= c == '@' || c == '<' || c == '>';
        }
        if (name.isEmpty() || 60 < name.length() || addressLike) {
            src = email;
        }
        out.copyFrom(src);
    }

    private static ByteLine unquoteQuotedPair(ByteLine line) {
        ByteLine out = new ByteLine(line.length());
        int end = line.cLength();
        int[] pos = {0};
        while (pos[0] < end) {
            int c = line.at(pos[0]++);
            if (c == '"') {
                unquoteQuotedString(out, line, pos, end);
            } else if (c == '(') {
                unquoteComment(out, line, pos, end);
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /**
     * A comment, nested comments kept with their parentheses, backslash escapes removed. git
     * recurses for each nested comment; a counter does the same without a stack that a
     * hostile header of a million parentheses could overflow.
     */
    private static void unquoteComment(ByteLine out, ByteLine in, int[] pos, int end) {
        boolean literal = false;
        int depth = 1;
        out.append('(');
        while (pos[0] < end) {
            int c = in.at(pos[0]++);
            if (literal) {
                literal = false;
            } else if (c == '\\') {
                literal = true;
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                out.append(')');
                if (--depth == 0) {
                    return;
                }
                continue;
            }
            out.append(c);
        }
    }

    private static void unquoteQuotedString(ByteLine out, ByteLine in, int[] pos, int end) {
        boolean literal = false;
        while (pos[0] < end) {
            int c = in.at(pos[0]++);
            if (literal) {
                literal = false;
            } else if (c == '\\') {
                literal = true;
                continue;
            } else if (c == '"') {
                return;
            }
            out.append(c);
        }
    }
}

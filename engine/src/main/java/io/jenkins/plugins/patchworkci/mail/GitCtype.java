package io.jenkins.plugins.patchworkci.mail;

/**
 * git's locale-independent ASCII character classes (its {@code ctype.c}). They differ from
 * {@link Character}: only space, tab, LF and CR are spaces (not VT or FF), and nothing above 127
 * is a letter, a digit or a space. Matching git byte for byte needs exactly these classes.
 */
final class GitCtype {

    private GitCtype() {}

    static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static boolean isAlpha(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** libc's isspace in the C locale, which {@code strtol} uses (VT and FF included). */
    static boolean isCSpace(int b) {
        return isSpace(b) || b == 0x0b || b == 0x0c;
    }

    static int toLower(int b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    static int hexValue(int b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}

package io.jenkins.plugins.patchworkci.apply;

/**
 * Names and addresses cleaned as git's {@code fmt_ident} cleans them before writing an ident:
 * "crud" (blanks, {@code . , : ; < > " \ '}) cut from both ends.
 */
final class GitIdent {

    private GitIdent() {}

    static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && crud(s.charAt(start))) {
            start++;
        }
        while (end > start && crud(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean crud(char c) {
        return c <= 32 || c == '.' || c == ',' || c == ':' || c == ';' || c == '<' || c == '>' || c == '"'
                || c == '\\' || c == '\'';
    }
}

package io.jenkins.plugins.patchworkci.apply;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.UserConfig;

/**
 * Idents as git writes them: names and addresses cleaned as git's {@code fmt_ident} cleans them
 * ("crud" — blanks, {@code . , : ; < > " \ '} — cut from both ends), and the committer git would
 * record ({@code git_committer_info}).
 */
public final class GitIdent {

    private GitIdent() {}

    /**
     * The committer git would write, from the environment and the configuration as git reads them:
     * {@code GIT_COMMITTER_NAME}, else {@code committer.name}, else {@code user.name};
     * {@code GIT_COMMITTER_EMAIL}, else {@code committer.email}, else {@code user.email}, else
     * {@code EMAIL}; {@code GIT_COMMITTER_DATE} in any format git's {@code parse_date} reads (empty
     * or unset: now). When none names the committer, JGit's guess (the login name, user@host)
     * stands in for git's own guess from the password database.
     *
     * @throws IllegalArgumentException with git's message where git dies: {@code invalid date
     *     format: …}, {@code empty ident name (for <…>) not allowed}, {@code name consists only of
     *     disallowed characters: …}
     */
    public static PersonIdent committer(Config config, Map<String, String> env, Clock clock) {
        UserConfig guess = config.get(UserConfig.KEY);
        String name = first(env.get("GIT_COMMITTER_NAME"), config.getString("committer", null, "name"),
                config.getString("user", null, "name"));
        String email = first(env.get("GIT_COMMITTER_EMAIL"), config.getString("committer", null, "email"),
                config.getString("user", null, "email"), nonEmpty(env.get("EMAIL")));
        name = name != null ? name : guess.getCommitterName();
        email = email != null ? email : guess.getCommitterEmail();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty ident name (for <" + email + ">) not allowed");
        }
        if (clean(name).isEmpty()) {
            throw new IllegalArgumentException("name consists only of disallowed characters: " + name);
        }
        String date = env.get("GIT_COMMITTER_DATE");
        ZonedDateTime when;
        if (date == null || date.isEmpty()) {
            when = ZonedDateTime.now(clock);
        } else {
            when = GitDate.parse(date).orElseThrow(() -> new IllegalArgumentException("invalid date format: " + date));
        }
        return new PersonIdent(clean(name), clean(email), when.toInstant(), when.getZone());
    }

    static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && crud(s.charAt(start))) {
            start++;
        }
        while (end > start && crud(s.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '<' && c != '>') { // an ident line's delimiters, dropped inside too
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean crud(char c) {
        return c <= 32 || c == '.' || c == ',' || c == ':' || c == ';' || c == '<' || c == '>' || c == '"'
                || c == '\\' || c == '\'';
    }
}

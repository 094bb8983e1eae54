package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the review trailers in a reply's own text, by b4's rules for follow-ups
 * ({@code LoreMessage.find_trailers(followup=True)} and the filters of {@code LoreMessage}):
 * <ul>
 *   <li>only lines of the reply's own text: quoted lines ({@code >}) never count, nor anything
 *       below the signature marker {@code "-- "};
 *   <li>a line {@code Token: value}, the token starting with a word character, ASCII only;
 *   <li>the value names a person ({@code something@domain.tld}), unless the token is one of
 *       {@code Fixes}, {@code Link}, {@code BugLink}, {@code Closes} (and a few b4 ignores
 *       later); a URL only in {@code Link}/{@code BugLink}/{@code Closes}; {@code Fixes:} must
 *       start with 6+ hex digits;
 *   <li>header-like and metadata tokens are not trailers ({@code From}, {@code To}, {@code Cc},
 *       {@code Subject}, {@code Date}, {@code change-id}, {@code base-commit}, {@code Message-ID},
 *       {@code Phone}, {@code Email}, ...);
 *   <li>common wrapping is undone first: {@code Fixes: <sha> ("subject} / {@code ...")} on two
 *       lines, and a name with its {@code <address>} on the next line.
 * </ul>
 * Each trailer naming a person is checked against the reply's sender ({@link SenderMatch}).
 */
final class FollowupTrailers {

    private static final Pattern TRAILER = Pattern.compile("^\\s*(\\w\\S+):\\s+(\\S.*)$");
    private static final Pattern PERSON = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern URL = Pattern.compile("https?://");
    private static final Pattern HASH_START = Pattern.compile("^[0-9a-f]{6,}");
    private static final Pattern EXTINFO = Pattern.compile("(.*\\S+)(\\s+#[^#]+)$");
    private static final Pattern NAME_ADDR = Pattern.compile("^(.*?)\\s*<([^>]+)>\\s*$");
    private static final Pattern MAILTO = Pattern.compile("<mailto:[^>]+>");
    private static final Pattern WRAPPED_FIXES = Pattern.compile("^(\\S+:\\s+[\\da-f]+\\s+\\([^)]+)\\n([^\\n]+\\))", Pattern.MULTILINE);
    private static final Pattern WRAPPED_ADDRESS = Pattern.compile("^(\\S+:\\s+[^<\\n]+)\\n(<[^>\\n]+>)$", Pattern.MULTILINE);

    private static final Set<String> IGNORED = Set.of("phone", "mail", "email", "e-mail", "prerequisite-message-id",
            "from", "author", "cc", "to", "date", "subject", "subscribe", "unsubscribe", "base-commit",
            "change-id", "message-id");
    private static final Set<String> LINKS = Set.of("link", "buglink", "closes");
    private static final Set<String> NON_PERSON = Set.of("link", "buglink", "closes", "fixes", "obsoleted-by");
    private static final Set<String> UTILITY = Set.of("fixes", "link", "buglink", "closes", "obsoleted-by",
            "message-id", "change-id", "base-commit", "based-on");

    private FollowupTrailers() {}

    /** The review trailers of a reply, in order, each marked with whether its person is the sender. */
    static List<ReviewTrailer> of(Message reply) {
        List<ReviewTrailer> out = new ArrayList<>();
        for (Trailer t : find(MailBody.of(reply))) {
            boolean matches = true;
            String lname = t.token().toLowerCase(Locale.ROOT);
            if (!UTILITY.contains(lname) && !t.value().contains("://")) {
                Address named = address(t.value());
                if (named != null) {
                    matches = SenderMatch.matches(named, reply.from());
                }
            }
            out.add(new ReviewTrailer(t, reply.messageId(), reply.from(), matches));
        }
        return out;
    }

    /** The trailers of a follow-up text by b4's rules, values normalised. */
    static List<Trailer> find(String text) {
        String body = text.replace("\r", "");
        int sig = body.indexOf("\n-- \n");
        if (sig >= 0) {
            body = body.substring(0, sig);
        }
        body = body.strip() + "\n";
        body = WRAPPED_FIXES.matcher(body).replaceAll("$1 $2");
        body = WRAPPED_ADDRESS.matcher(body).replaceAll("$1 $2");
        List<Trailer> out = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            Matcher m = TRAILER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String token = m.group(1);
            String value = m.group(2).strip();
            String lname = token.toLowerCase(Locale.ROOT);
            if (IGNORED.contains(lname) || !lname.chars().allMatch(c -> c < 128)) {
                continue;
            }
            boolean person = PERSON.matcher(value).find();
            if (!person && !NON_PERSON.contains(lname)) {
                continue;
            }
            if (URL.matcher(value).find() && !LINKS.contains(lname)) {
                continue;
            }
            if (lname.equals("fixes") && !HASH_START.matcher(value).find()) {
                continue;
            }
            // "Reviewed-by: A <a@b.c> # for the foo bits": b4 keeps the comment aside; the
            // trailer is the part before it.
            Matcher extinfo = EXTINFO.matcher(value);
            if (extinfo.matches()) {
                value = extinfo.group(1);
            }
            out.add(new Trailer(token, normalise(lname, value)));
        }
        return out;
    }

    private static String normalise(String lname, String value) {
        if (UTILITY.contains(lname) || value.contains("://")) {
            return value;
        }
        Address a = address(value);
        if (a == null) {
            return value;
        }
        return a.name().isEmpty() ? a.email() : a.name() + " <" + a.email() + ">";
    }

    /** The person a trailer value names ({@code Name <email>} or a bare address), or null. */
    static Address address(String value) {
        String v = MAILTO.matcher(value).replaceAll("").strip();
        Matcher m = NAME_ADDR.matcher(v);
        if (m.matches()) {
            return new Address(m.group(1).strip().replaceAll("^\"|\"$", ""), m.group(2).strip());
        }
        Matcher p = PERSON.matcher(v);
        if (p.find() && p.group().equals(v)) {
            return new Address("", v);
        }
        return null;
    }
}

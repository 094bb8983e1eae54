package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code verify_signedoff}: the author signed off (by address or by name, as NIPA's script
 * matches), and every {@code Co-developed-by:} is immediately followed by the same person's
 * {@code Signed-off-by:} (Documentation/process/submitting-patches.rst).
 *
 * <p>NIPA also wants the committer's sign-off; here the committer is the CI that applied the
 * mail, so that rule does not carry over.
 */
public final class VerifySignedOffCheck extends PatchCheck {

    public static final String NAME = "verify_signedoff";
    private static final Pattern PERSON = Pattern.compile("^\\s*(.*?)\\s*<([^>]+)>\\s*$");

    public VerifySignedOffCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) {
        List<Trailer> trailers = patch.trailers();
        List<String> problems = new ArrayList<>();
        boolean author = trailers.stream().filter(t -> t.is("Signed-off-by"))
                .anyMatch(t -> samePerson(t.value(), patch.authorName(), patch.authorEmail()));
        if (!author) {
            problems.add("author Signed-off-by missing (" + patch.authorName() + " <" + patch.authorEmail() + ">)");
        }
        for (int i = 0; i < trailers.size(); i++) {
            Trailer t = trailers.get(i);
            if (!t.is("Co-developed-by")) {
                continue;
            }
            Matcher co = PERSON.matcher(t.value());
            String name = co.matches() ? co.group(1) : t.value();
            String email = co.matches() ? co.group(2) : "";
            Trailer next = i + 1 < trailers.size() ? trailers.get(i + 1) : null;
            if (next == null || !next.is("Signed-off-by") || !samePerson(next.value(), name, email)) {
                problems.add("Co-developed-by: " + t.value() + " not followed by their Signed-off-by");
            }
        }
        if (problems.isEmpty()) {
            return Verdict.success("Signed-off-by tag matches author and co-developers");
        }
        StringBuilder details = new StringBuilder();
        problems.forEach(p -> details.append(p).append('\n'));
        details.append("\nTrailers:\n");
        trailers.forEach(t -> details.append('\t').append(t).append('\n'));
        return Verdict.of(CheckState.FAIL, String.join("; ", problems), details.toString());
    }

    /** Whether a trailer value names the person: the same address, or the same name (no case). */
    static boolean samePerson(String value, String name, String email) {
        Matcher m = PERSON.matcher(value);
        if (!m.matches()) {
            return false;
        }
        String vName = m.group(1).replaceAll("^\"|\"$", "").strip();
        String vEmail = m.group(2).strip();
        if (!email.isEmpty() && vEmail.toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return !name.isBlank() && vName.equalsIgnoreCase(name.strip());
    }
}

package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.mail.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a run's report is mailed, and to whom. Off by default: a site turns mail on deliberately,
 * and then only for submitters on its allowlist, since a CI bot that mails everyone on a busy list
 * is noise until it has earned trust.
 *
 * @param mode off, on failure (a counted check failed, or the series did not apply) or always
 * @param toAuthor whether the series' author receives it
 * @param list the list address to copy, or null for none
 * @param checks the checks whose failure counts for {@link Mode#ON_FAILURE}; empty means all
 * @param allowlist the submitters who may receive reports: addresses ({@code jane@example.org}),
 *     domains ({@code @example.org}) or {@code *} for everyone; empty means nobody
 * @param from the bot's address
 */
public record MailPolicy(Mode mode, boolean toAuthor, @Nullable String list, List<String> checks,
        List<String> allowlist, Address from) {

    public enum Mode {
        OFF,
        ON_FAILURE,
        ALWAYS
    }

    public MailPolicy {
        Objects.requireNonNull(mode, "mode");
        checks = List.copyOf(checks);
        allowlist = allowlist.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
        Objects.requireNonNull(from, "from");
    }

    /** The default: no mail. */
    public static MailPolicy off(Address from) {
        return new MailPolicy(Mode.OFF, false, null, List.of(), List.of(), from);
    }

    /**
     * Whether this run is mailed and to whom: the recipients, or empty with the reason why not.
     */
    public Decision decide(Run run) {
        if (mode == Mode.OFF) {
            return Decision.no("mail is off");
        }
        Address author = run.series().author();
        if (!allowed(author.email())) {
            return Decision.no("submitter " + author.email() + " is not on the mail allowlist");
        }
        if (mode == Mode.ON_FAILURE) {
            Optional<String> failure = failure(run);
            if (failure.isEmpty()) {
                return Decision.no("no counted check failed");
            }
        }
        List<String> to = new ArrayList<>();
        if (toAuthor) {
            to.add(author.email());
        }
        List<String> cc = list == null ? List.of() : List.of(list);
        if (to.isEmpty() && cc.isEmpty()) {
            return Decision.no("no recipients: neither the author nor a list is configured");
        }
        return new Decision(true, mode == Mode.ALWAYS ? "always" : failure(run).orElseThrow(), to, cc);
    }

    private boolean allowed(String email) {
        String e = email.toLowerCase(Locale.ROOT);
        return allowlist.stream().anyMatch(a -> a.equals("*") || a.equals(e) || (a.startsWith("@") && e.endsWith(a)));
    }

    private Optional<String> failure(Run run) {
        if (run.apply() != null && !run.apply().applied()) {
            return Optional.of("the series did not apply");
        }
        for (int p = 1; p <= run.series().patches().size(); p++) {
            for (CheckResult r : run.resultsFor(p)) {
                if (r.state() == CheckState.FAIL && (checks.isEmpty() || checks.contains(r.check()))) {
                    return Optional.of(r.check() + " failed");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param send whether to mail
     * @param reason why (or why not), for the run's log
     * @param to the To addresses
     * @param cc the Cc addresses
     */
    public record Decision(boolean send, String reason, List<String> to, List<String> cc) {
        public Decision {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }

        static Decision no(String reason) {
            return new Decision(false, reason, List.of(), List.of());
        }
    }
}

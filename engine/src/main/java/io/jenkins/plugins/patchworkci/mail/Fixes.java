package io.jenkins.plugins.patchworkci.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Fixes:} trailer read the kernel way: {@code Fixes: 1234567890ab ("subject of the
 * fixed commit")}.
 *
 * @param hash the abbreviated (or full) commit id, lower case, 7 to 40 hex digits
 * @param subject the quoted subject, if given
 */
public record Fixes(String hash, Optional<String> subject) {

    private static final Pattern FORM = Pattern.compile("^([0-9a-fA-F]{7,40})\\b\\s*(?:\\(\"(.*)\"\\))?.*$");

    public Fixes {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(subject, "subject");
    }

    /** Reads a Fixes trailer; empty when it is not a Fixes trailer or does not start with a commit id. */
    public static Optional<Fixes> of(Trailer trailer) {
        if (!trailer.is("Fixes")) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(trailer.value().trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Fixes(m.group(1).toLowerCase(java.util.Locale.ROOT), Optional.ofNullable(m.group(2))));
    }
}

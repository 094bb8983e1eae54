package io.jenkins.plugins.patchworkci.mail;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person as a mail names them: display name (may be empty) and address. */
public record Address(String name, String email) {

    public Address {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    /** Addresses compare without case, as mail servers and b4 treat them. */
    public boolean sameEmail(@Nullable String other) {
        return other != null && email.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "<" + email + ">" : name + " <" + email + ">";
    }
}

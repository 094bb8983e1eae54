package io.jenkins.plugins.patchworkci.check;

import java.util.Objects;

/**
 * What a check concluded about one patch or one series, before it is tied to a patch number.
 *
 * @param state the state
 * @param description one line for the Patchwork description
 * @param details the text behind it, possibly empty
 */
public record Verdict(CheckState state, String description, String details) {

    public Verdict {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(details, "details");
    }

    public static Verdict success(String description) {
        return new Verdict(CheckState.SUCCESS, description, "");
    }

    public static Verdict of(CheckState state, String description, String details) {
        return new Verdict(state, description, details);
    }

    CheckResult forPatch(String check, int patch) {
        return new CheckResult(check, patch, state, description, details);
    }
}

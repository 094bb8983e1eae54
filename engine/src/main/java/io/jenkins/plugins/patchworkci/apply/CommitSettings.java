package io.jenkins.plugins.patchworkci.apply;

import java.time.Clock;
import java.util.Objects;
import org.eclipse.jgit.lib.PersonIdent;
import org.jspecify.annotations.Nullable;

/**
 * How each patch becomes a commit: the committer, and the trailers {@code git am -s} and b4 add.
 *
 * @param committer name, email and date of the committer
 * @param signOff append the committer's {@code Signed-off-by:} as {@code git am -s} does
 * @param linkPattern format for the {@code Link:} trailer ({@code %s} is the Message-ID), or null for none
 * @param clock now, for the author date of a mail without a date (git takes the current time, not
 *     the committer's date)
 */
record CommitSettings(PersonIdent committer, boolean signOff, @Nullable String linkPattern, Clock clock) {
    CommitSettings {
        Objects.requireNonNull(committer, "committer");
        Objects.requireNonNull(clock, "clock");
    }
}

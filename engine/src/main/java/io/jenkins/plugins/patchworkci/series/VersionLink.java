package io.jenkins.plugins.patchworkci.series;

import java.util.Objects;

/**
 * Evidence that two series are versions of one another: the newer supersedes the older.
 *
 * @param newer the later version
 * @param older the earlier version
 * @param evidence how the two were found to belong together
 * @param detail what exactly matched, for people
 */
public record VersionLink(SeriesId newer, SeriesId older, Evidence evidence, String detail) {

    public VersionLink {
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(detail, "detail");
    }

    /** How two versions were linked, strongest first. */
    public enum Evidence {
        /** The same b4 {@code change-id:}. */
        CHANGE_ID,
        /** The newer cover letter links to the older (lore or patch.msgid.link URL, or Message-ID). */
        COVER_LINK,
        /** The newer was posted in reply to the older ({@code git format-patch --in-reply-to}). */
        REPLY_TO_PREVIOUS,
        /** Same sender, and the same subject after prefixes or patches with the same patch-id. */
        HEURISTIC
    }
}

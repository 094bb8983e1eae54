package io.jenkins.plugins.patchworkci.series;

/** What a message is in a thread. */
public enum ThreadRole {
    /** Carries a diff and is not a reply: one patch of a series. */
    PATCH,
    /** Numbered {@code 0/N} without a diff (or a recognised un-numbered cover): introduces a series. */
    COVER_LETTER,
    /** A {@code git request-pull} message ({@code [GIT PULL]}): a series of one pull request. */
    PULL_REQUEST,
    /** {@code Re:}, or no diff and part of a thread: review, discussion, trailers. */
    REPLY,
    /** None of the above: no diff, no counter, no thread. */
    UNRELATED
}

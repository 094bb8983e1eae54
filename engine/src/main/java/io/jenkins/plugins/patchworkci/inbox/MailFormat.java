package io.jenkins.plugins.patchworkci.inbox;

/** How the bytes of an {@link Arrival} hold mail, so {@code mail}'s readers know how to split them. */
public enum MailFormat {
    /** mboxrd: {@code From } lines in bodies quoted as {@code >From }, and {@code >From } as {@code >>From } (public-inbox). */
    MBOXRD,
    /** mboxo: {@code From } lines in bodies quoted as {@code >From }, irreversibly (Patchwork, git format-patch). */
    MBOXO,
    /** One RFC 5322 message, no {@code From } separator line (maildir files). */
    MESSAGE
}

package io.jenkins.plugins.patchworkci.cli;

/** What a source argument names; {@code --kind} takes these names. */
enum SourceKind {
    /** A Patchwork project: its web page or its API. */
    patchwork,
    /** A public-inbox list ({@code https://lore.kernel.org/netdev/}). */
    archive,
    /** An mbox file (gzip too). */
    mbox,
    /** A maildir (cur/, new/). */
    maildir,
    /** A folder of {@code .patch} files, as git format-patch writes them. */
    patches
}

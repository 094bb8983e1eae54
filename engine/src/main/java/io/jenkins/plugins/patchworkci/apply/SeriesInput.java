package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns mailboxes into the patches to apply, in order: the seam between the applier and the
 * mail parser ({@code mail} package). Implementations are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services} entry), so the applier does not depend on the parser.
 */
public interface SeriesInput {

    /** The patches of the messages in {@code mailboxes} (mbox files), in the order git am would apply them. */
    List<PatchToApply> read(List<Path> mailboxes) throws IOException;

    /**
     * The same messages, one per patch of {@link #read}, as {@code git mailsplit} writes them (what
     * git am keeps in {@code .git/rebase-apply} when it stops). Only asked for when a series stops,
     * so a series that applies reads its mailboxes once.
     */
    List<byte[]> messages(List<Path> mailboxes) throws IOException;
}

package io.jenkins.plugins.patchworkci.inbox;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;

/** Keeps one source's cursor JSON between polls (a file for the CLI, job state in Jenkins). */
public interface CursorStore {

    /** The saved cursor JSON, or null if none was saved yet. */
    @CheckForNull
    String load() throws IOException;

    /** Replaces the saved cursor; either the old or the new one survives a crash, never half of one. */
    void save(@NonNull String json) throws IOException;
}

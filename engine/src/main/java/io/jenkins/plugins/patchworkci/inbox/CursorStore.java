package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Keeps one source's cursor JSON between polls (a file for the CLI, job state in Jenkins). */
public interface CursorStore {

    /** The saved cursor JSON, or null if none was saved yet. */
    @Nullable
    String load() throws IOException;

    /** Replaces the saved cursor; either the old or the new one survives a crash, never half of one. */
    void save(String json) throws IOException;
}

package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.util.List;

/**
 * The one seam between the Patchwork reporter and a Patchwork server: post a check on a patch,
 * list a patch's checks. {@link HttpCheckPoster} talks to the REST API; {@link ShadowCheckPoster}
 * only writes down what it would post. A full Patchwork client can implement this too.
 */
public interface CheckPoster {

    /**
     * Records a check on a patch.
     *
     * @throws CheckPostException when the server refuses it (permission, validation), naming why
     * @throws IOException when the server cannot be reached or answers something unreadable
     */
    @NonNull
    PostedCheck post(long patchId, @NonNull CheckPost check) throws IOException, InterruptedException;

    /** Every check on a patch, oldest first, from every user. */
    @NonNull
    List<PostedCheck> list(long patchId) throws IOException, InterruptedException;
}

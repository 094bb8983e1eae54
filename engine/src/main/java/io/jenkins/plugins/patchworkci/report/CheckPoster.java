package io.jenkins.plugins.patchworkci.report;

import java.io.IOException;
import java.util.List;

/**
 * The one seam between the Patchwork reporter and a Patchwork server: post a check on a patch,
 * list a patch's checks. {@link ClientCheckPoster} talks to the REST API through the one Patchwork
 * client; {@link ShadowCheckPoster} only writes down what it would post.
 */
public interface CheckPoster {

    /**
     * Records a check on a patch.
     *
     * Sends one request and never retries one the server may have acted on: the reporter asks the
     * server (via {@link #list}) before it posts again.
     *
     * @throws CheckPostException when the server refuses it (permission, validation): nothing was stored
     * @throws IOException when the answer is lost or unreadable: the check may or may not be stored
     */
    PostedCheck post(long patchId, CheckPost check) throws IOException, InterruptedException;

    /** Every check on a patch, oldest first, from every user. */
    List<PostedCheck> list(long patchId) throws IOException, InterruptedException;
}

package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkPermissionException;
import io.jenkins.plugins.patchworkci.report.CheckPost;
import io.jenkins.plugins.patchworkci.report.CheckPostException;
import io.jenkins.plugins.patchworkci.report.CheckPoster;
import io.jenkins.plugins.patchworkci.report.PostedCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Patchwork reporter's poster over the one Patchwork client, so checks go through the same
 * HTTP client (proxy, retries, token handling) as everything else that talks to Patchwork.
 */
final class ClientCheckPoster implements CheckPoster {

    private final PatchworkClient client;

    ClientCheckPoster(PatchworkClient client) {
        this.client = client;
    }

    @Override
    public PostedCheck post(long patchId, CheckPost check) throws IOException, InterruptedException {
        try {
            PatchworkCheck c = client.postCheck(patchId, new NewCheck(
                    io.jenkins.plugins.patchworkci.patchwork.CheckState.valueOf(check.state().name()),
                    check.context(), NewCheck.linkable(check.targetUrl()), check.description()));
            return toPosted(c);
        } catch (PatchworkPermissionException e) {
            throw new CheckPostException(403, e.getMessage());
        }
    }

    @Override
    public List<PostedCheck> list(long patchId) throws IOException, InterruptedException {
        List<PostedCheck> out = new ArrayList<>();
        for (PatchworkCheck c : client.checks(patchId)) {
            if (c.state() != null) {
                out.add(toPosted(c));
            }
        }
        return out;
    }

    private static PostedCheck toPosted(PatchworkCheck c) {
        return new PostedCheck(c.id(), c.url(), c.user() == null ? null : c.user().username(),
                c.date() == null ? null : c.date().toString().replace("Z", ""),
                new CheckPost(c.context(), CheckState.valueOf(c.state().name()),
                        c.description() == null ? "" : c.description(), c.targetUrl()));
    }
}

package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Patchwork reporter's poster over the one Patchwork client, so checks go through the same
 * HTTP client (proxy, timeouts, token handling) as everything else that talks to Patchwork.
 * A 4xx answer means Patchwork stored nothing and becomes a {@link CheckPostException}; anything
 * else that goes wrong (a 5xx, a timeout, a cut connection) may have come after Patchwork stored
 * the check, and stays a plain {@link IOException} so the reporter asks Patchwork before posting
 * again.
 */
public final class ClientCheckPoster implements CheckPoster {

    private final PatchworkClient client;

    public ClientCheckPoster(PatchworkClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public PostedCheck post(long patchId, CheckPost check) throws IOException, InterruptedException {
        try {
            PatchworkCheck c = client.postCheck(patchId, new NewCheck(check.state(), check.context(), NewCheck.linkable(check.targetUrl()),
                    check.description().isEmpty() ? null : check.description()));
            return toPosted(c);
        } catch (HttpStatusException e) {
            throw e.status() >= 400 && e.status() < 500 ? refused(e) : e;
        }
    }

    /**
     * A check in the client's terms as this poster sends it; an absent description becomes empty
     * (and is sent absent again), a long one is cut to one line as {@link CheckPost} does.
     */
    static CheckPost toPost(NewCheck check) {
        return new CheckPost(check.context(), check.state(),
                check.description() == null ? "" : check.description(), check.targetUrl());
    }

    private static CheckPostException refused(HttpStatusException e) {
        String why = switch (e.status()) {
            case 400 -> " (HTTP 400): Patchwork did not accept a field of the check";
            case 404 -> " (HTTP 404): Patchwork has no such patch";
            default -> e.getMessage().contains("HTTP " + e.status()) ? "" : " (HTTP " + e.status() + ")";
        };
        CheckPostException refused = new CheckPostException(e.status(), e.getMessage() + why);
        refused.initCause(e);
        return refused;
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
                new CheckPost(c.context(), c.state(),
                        c.description() == null ? "" : c.description(), c.targetUrl()));
    }
}

package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.report.CheckPostException;
import io.jenkins.plugins.patchworkci.report.ExactlyOncePost;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Posts one check on every patch of a series and reports, per patch, what happened, without raising
 * on a refusal or an outage: a CI build's automatic status must never fail the build. A refusal of one
 * patch (a 4xx answer: that patch's permissions, a bad value) does not stop the others. An outage (no
 * answer, or a 5xx, and the patch's checks cannot be read to tell whether the post arrived) does: the
 * remaining patches are reported as not tried, so a build waits for one patch, not for every patch.
 * Each post goes through {@link ExactlyOncePost}: a lost answer never makes a second check. Only
 * interruption raises.
 */
public final class SeriesCheckPost {

    private final ExactlyOncePost poster;
    private final List<Long> patchIds;
    private final NewCheck check;

    public SeriesCheckPost(PatchworkClient client, List<Long> patchIds, NewCheck check) {
        this.poster = ExactlyOncePost.over(Objects.requireNonNull(client, "client"));
        this.patchIds = List.copyOf(patchIds);
        this.check = Objects.requireNonNull(check, "check");
    }

    public Result call() throws InterruptedException {
        List<Long> posted = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        String outage = null;
        for (long id : patchIds) {
            if (outage != null) {
                failed.put(id, "not tried: " + outage);
                continue;
            }
            try {
                poster.post(id, check);
                posted.add(id);
            } catch (IOException | IllegalStateException e) {
                // IllegalStateException: the client has no token; said once per patch, the same words
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                failed.put(id, why);
                if (e instanceof IOException && !(e instanceof CheckPostException)) {
                    outage = "Patchwork did not answer for patch " + id;
                }
            }
        }
        return new Result(check, posted, failed);
    }

    /**
     * What was posted.
     *
     * @param check the check
     * @param posted the patches that have it, in order
     * @param failed the patches that do not, with Patchwork's or the network's reason, in order
     */
    public record Result(NewCheck check, List<Long> posted, Map<Long, String> failed) {

        public Result {
            posted = List.copyOf(posted);
            failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        }

        public boolean complete() {
            return failed.isEmpty();
        }

        /** One line per outcome, for a build log: what was posted where, and each failure with its reason. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            String what = "Patchwork check " + check.context() + "=" + check.state().apiName();
            if (!posted.isEmpty()) {
                out.add(what + " posted on patch" + (posted.size() == 1 ? " " : "es ") + join(posted));
            }
            failed.forEach((id, why) -> out.add(what + " NOT posted on patch " + id + ": " + why));
            return out;
        }

        private static String join(List<Long> ids) {
            return String.join(", ", ids.stream().map(String::valueOf).toList());
        }
    }
}

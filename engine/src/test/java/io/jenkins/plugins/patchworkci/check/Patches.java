package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.mail.Trailer;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Patches written out as a mail would carry them, for checks that read only the patch. */
final class Patches {

    private Patches() {}

    static PatchUnderTest of(int n, String message, String diff) {
        return new PatchUnderTest(n, "net: patch " + n, CommittedSeries.AUTHOR, CommittedSeries.EMAIL, message,
                CommittedSeries.trailers(message), diff.getBytes(StandardCharsets.UTF_8), List.of(), Optional.empty());
    }

    static PatchUnderTest withTrailers(String name, String email, List<Trailer> trailers) {
        StringBuilder msg = new StringBuilder("Body.\n\n");
        trailers.forEach(t -> msg.append(t).append('\n'));
        return new PatchUnderTest(1, "net: x", name, email, msg.toString(), trailers, new byte[0], List.of(),
                Optional.empty());
    }

    /** A one-file diff adding the lines (and removing the removed ones) in a hunk. */
    static String diff(String path, List<String> removed, List<String> added) {
        StringBuilder b = new StringBuilder();
        b.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        b.append("index 1111111..2222222 100644\n");
        b.append("--- a/").append(path).append('\n');
        b.append("+++ b/").append(path).append('\n');
        b.append("@@ -1,").append(removed.size() + 1).append(" +1,").append(added.size() + 1).append(" @@\n");
        b.append(" #include <linux/kernel.h>\n");
        removed.forEach(l -> b.append('-').append(l).append('\n'));
        added.forEach(l -> b.append('+').append(l).append('\n'));
        return b.toString();
    }

    static CheckContext context(PatchUnderTest... patches) {
        return CheckContext.builder("series", "net-next", TreeRole.DEVELOPMENT).treeTag("net-next")
                .patches(List.of(patches)).build();
    }

    static CheckResult only(Check check, CheckContext context) throws Exception {
        List<CheckResult> r = check.run(context, CheckOptions.none(check.name()));
        if (r.size() != 1) {
            throw new AssertionError("expected one result, got " + r);
        }
        return r.get(0);
    }

    static CheckResult only(Check check, CheckContext context, CheckOptions options) throws Exception {
        List<CheckResult> r = check.run(context, options);
        if (r.size() != 1) {
            throw new AssertionError("expected one result, got " + r);
        }
        return r.get(0);
    }
}

package io.jenkins.plugins.patchworkci.scan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The links a build page shows to the other versions of its lineage: for every other revision, its
 * newest build, oldest version first. Builds of another lineage are ignored, so callers may pass every
 * build they found.
 */
public final class VersionBuilds {

    private VersionBuilds() {}

    /**
     * One build, as the page links it.
     *
     * @param version what it built
     * @param number its build number in its job
     * @param url where it is, relative to Jenkins' root
     * @param result how it ended ({@code SUCCESS}, ...), or null while it runs
     */
    public record Build(@NonNull BuiltVersion version, int number, @NonNull String url, @CheckForNull String result) {
        public Build {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(url, "url");
        }

        /** {@code v2 #7}, or {@code v2 (net) #7} for a version built in the job of another tree. */
        @NonNull
        public String label(@NonNull HeadName current) {
            String tree = version.head().equals(current) ? ""
                    : " (" + version.head().target().orElse("undecided") + ")";
            return "v" + version.revision().version() + tree + " #" + number;
        }
    }

    /** The newest build of every revision of {@code current}'s lineage but its own, oldest posting first. */
    @NonNull
    public static List<Build> others(@NonNull BuiltVersion current, @NonNull Collection<Build> builds) {
        Map<RevisionId, Build> newest = new LinkedHashMap<>();
        for (Build b : builds) {
            if (!b.version().sameLineage(current) || b.version().revision().equals(current.revision())) {
                continue;
            }
            // a revision belongs to one head, so build numbers of one revision are of one job
            newest.merge(b.version().revision(), b, (x, y) -> y.number() > x.number() ? y : x);
        }
        List<Build> out = new ArrayList<>(newest.values());
        out.sort(Comparator.comparing(Build::version, BuiltVersion.BY_POSTING).thenComparingInt(Build::number));
        return out;
    }
}

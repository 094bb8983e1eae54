package io.jenkins.plugins.patchworkci.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
    public record Build(BuiltVersion version, int number, String url, @Nullable String result) {
        public Build {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(url, "url");
        }

        /** {@code v2 #7}, or {@code v2 (net) #7} for a version built in the job of another tree. */
        public String label(HeadName current) {
            String tree = version.head().equals(current) ? ""
                    : " (" + version.head().target().orElse("undecided") + ")";
            return "v" + version.revision().version() + tree + " #" + number;
        }
    }

    /** The newest build of every revision of {@code current}'s lineage but its own, oldest posting first. */
    public static List<Build> others(BuiltVersion current, Collection<Build> builds) {
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

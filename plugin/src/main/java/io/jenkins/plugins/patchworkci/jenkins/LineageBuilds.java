package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.scan.BuiltVersion;
import io.jenkins.plugins.patchworkci.scan.HeadName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import jenkins.scm.api.SCMSource;

/**
 * Finds builds of a series lineage in a multibranch project: the jobs whose head has the lineage's hash
 * (one per tree the lineage went to, see {@code HeadName}), their running builds and their recent builds,
 * and what version each build is for. Reads only what Jenkins already holds; never asks Patchwork.
 */
final class LineageBuilds {

    /** How far back a job's history is read for the build page: enough for any lineage, bounded for lazy loading. */
    static final int RECENT_BUILDS = 50;

    private LineageBuilds() {}

    /** The job's Patchwork source, or null when the job is not a branch of a Patchwork multibranch source. */
    @CheckForNull
    static PatchworkSCMSource sourceOf(@NonNull Job<?, ?> job) {
        return SCMSource.SourceByItem.findSource(job) instanceof PatchworkSCMSource p ? p : null;
    }

    /** The job's Patchwork head, or null. */
    @CheckForNull
    static PatchworkSCMHead headOf(@NonNull Job<?, ?> job) {
        return SCMHead.HeadByItem.findHead(job) instanceof PatchworkSCMHead h ? h : null;
    }

    /** The version a build recorded (the first revision action of the source: the one pinned at its start). */
    @CheckForNull
    static PatchworkSCMRevision revisionOf(@NonNull PatchworkSCMSource source, @NonNull Run<?, ?> run) {
        SCMRevision r = SCMRevisionAction.getRevision(source, run);
        return r instanceof PatchworkSCMRevision p ? p : null;
    }

    /** The engine's view of a revision, or empty for a head name the engine does not read (never ours). */
    @NonNull
    static Optional<BuiltVersion> versionOf(@NonNull PatchworkSCMRevision r) {
        return HeadName.parse(r.getHead().getName()).map(h -> new BuiltVersion(h, r.getRevisionId(), r.getSeriesId()));
    }

    /** The jobs beside {@code job} (itself included) whose head is of the lineage with this hash. */
    @NonNull
    static List<Job<?, ?>> lineageJobs(@NonNull Job<?, ?> job, @NonNull String lineageHash) {
        List<Job<?, ?>> out = new ArrayList<>();
        ItemGroup<?> group = job.getParent();
        for (Object item : group.getItems()) {
            if (item instanceof Job<?, ?> j) {
                PatchworkSCMHead h = headOf(j);
                if (h != null && h.getId().equals(lineageHash)) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    /** The job's builds still running, newest first (Jenkins keeps a skip list of them, so this is cheap). */
    @NonNull
    static List<Run<?, ?>> running(@NonNull Job<?, ?> job) {
        List<Run<?, ?>> out = new ArrayList<>();
        Run<?, ?> r = job.getLastBuild();
        if (r != null && !r.isBuilding()) {
            r = r.getPreviousBuildInProgress();
        }
        for (; r != null; r = r.getPreviousBuildInProgress()) {
            out.add(r);
        }
        return out;
    }

    /** The job's newest builds, newest first, at most {@code max}. */
    @NonNull
    static List<Run<?, ?>> recent(@NonNull Job<?, ?> job, int max) {
        List<Run<?, ?>> out = new ArrayList<>();
        for (Run<?, ?> r = job.getLastBuild(); r != null && out.size() < max; r = r.getPreviousBuild()) {
            out.add(r);
        }
        return out;
    }
}

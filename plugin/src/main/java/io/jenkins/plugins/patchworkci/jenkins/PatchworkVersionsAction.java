package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.inbox.ArchiveLink;
import io.jenkins.plugins.patchworkci.scan.BuiltVersion;
import io.jenkins.plugins.patchworkci.scan.VersionBuilds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.RunAction2;

/**
 * On the page of a series build: links to the builds of the lineage's other versions (found in the jobs
 * of the lineage, whichever tree each version went to), the archive thread, and, when this build was
 * aborted for a newer version, which one. Computed when the page is shown, from the builds Jenkins holds,
 * so a later version's build appears on the older build's page too.
 */
public final class PatchworkVersionsAction implements RunAction2 {

    /** Set when a newer version's build aborted this one, e.g. {@code v3 (netdevbpf » net-next-... #5)}. */
    @CheckForNull
    private String supersededBy;
    private transient Run<?, ?> run;

    /**
     * A link to another version's build.
     *
     * @param label {@code v2 #4}
     * @param url relative to Jenkins' root
     * @param result how it ended, or {@code running}
     */
    public record VersionLink(@NonNull String label, @NonNull String url, @NonNull String result) {}

    @CheckForNull
    public synchronized String getSupersededBy() {
        return supersededBy;
    }

    synchronized void supersededBy(@NonNull String what) {
        this.supersededBy = what;
    }

    @NonNull
    public List<VersionLink> getOtherVersions() {
        Run<?, ?> r = run;
        if (r == null) {
            return List.of();
        }
        PatchworkSCMSource source = LineageBuilds.sourceOf(r.getParent());
        PatchworkSCMRevision revision = source == null ? null : LineageBuilds.revisionOf(source, r);
        Optional<BuiltVersion> current = revision == null ? Optional.empty() : LineageBuilds.versionOf(revision);
        if (current.isEmpty()) {
            return List.of();
        }
        List<VersionBuilds.Build> builds = new ArrayList<>();
        for (Job<?, ?> job : LineageBuilds.lineageJobs(r.getParent(), current.get().head().lineageHash())) {
            for (Run<?, ?> b : LineageBuilds.recent(job, LineageBuilds.RECENT_BUILDS)) {
                PatchworkSCMRevision rev = LineageBuilds.revisionOf(source, b);
                Optional<BuiltVersion> v = rev == null ? Optional.empty() : LineageBuilds.versionOf(rev);
                if (v.isPresent()) {
                    Result result = b.getResult();
                    builds.add(new VersionBuilds.Build(v.get(), b.getNumber(), b.getUrl(),
                            b.isBuilding() ? null : result == null ? null : result.toString()));
                }
            }
        }
        List<VersionLink> out = new ArrayList<>();
        for (VersionBuilds.Build b : VersionBuilds.others(current.get(), builds)) {
            String result = b.result();
            out.add(new VersionLink(b.label(current.get().head()), b.url(), result == null ? "running" : result));
        }
        return out;
    }

    /** The series thread in the configured archive, or null when none is configured (or it is not a URL). */
    @CheckForNull
    public String getArchiveUrl() {
        Run<?, ?> r = run;
        PatchworkSCMSource source = r == null ? null : LineageBuilds.sourceOf(r.getParent());
        PatchworkSCMRevision revision = source == null ? null : LineageBuilds.revisionOf(source, r);
        if (revision == null) {
            return null;
        }
        String base = ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class).getArchiveUrl();
        try {
            return ArchiveLink.of(base, revision.getRevisionId().messageId()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // the global form says what is wrong with the base; a build page just shows no link
        }
    }

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    /** No page of its own: its summary is on the build's page. */
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Versions of this series";
    }

    @Override
    public String getUrlName() {
        return null;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }
}

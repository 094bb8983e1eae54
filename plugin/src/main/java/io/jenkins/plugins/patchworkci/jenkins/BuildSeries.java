package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.LineageHead;
import io.jenkins.plugins.patchworkci.scan.ScanResult;
import java.io.IOException;
import java.util.Optional;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import jenkins.scm.api.SCMSource;

/**
 * The series a build is for: its job's {@link PatchworkSCMSource} and the {@link PatchworkSCMRevision}
 * the build was started for (a newer version may have arrived since; the build keeps its own).
 *
 * @param source the branch source of the build's job
 * @param revision the version being built
 */
record BuildSeries(@NonNull PatchworkSCMSource source, @NonNull PatchworkSCMRevision revision) {

    @NonNull
    static BuildSeries of(@NonNull Run<?, ?> run) throws IOException {
        SCMSource source = SCMSource.SourceByItem.findSource(run.getParent());
        if (!(source instanceof PatchworkSCMSource p)) {
            throw new IOException("This build is not of a Patchwork series job (its branch source is "
                    + (source == null ? "none" : source.getClass().getSimpleName())
                    + "); the patchwork* steps run in jobs of a multibranch project with a Patchwork source");
        }
        SCMRevision r = SCMRevisionAction.getRevision(p, run);
        if (!(r instanceof PatchworkSCMRevision pr)) {
            throw new IOException("This build has no Patchwork revision recorded (was it started by a scan?)");
        }
        return new BuildSeries(p, pr);
    }

    /**
     * The series' build page: the one a step already attached, else attached now from a fresh scan. The
     * source is only looked up when the page is missing, so a build that has one needs no scan.
     */
    @NonNull
    static PatchworkSeriesAction page(@NonNull Run<?, ?> run) throws IOException, InterruptedException {
        PatchworkSeriesAction page = run.getAction(PatchworkSeriesAction.class);
        return page != null ? page : of(run).find().attach(run);
    }

    /**
     * The build page with the commits patchworkCheckout left, for the steps that work on that checkout.
     *
     * @param missing the error when there are none: which step needs them and what to do
     */
    @NonNull
    static PatchworkSeriesAction checkedOut(@NonNull Run<?, ?> run, @NonNull String missing) throws IOException {
        PatchworkSeriesAction page = run.getAction(PatchworkSeriesAction.class);
        if (page == null || page.getCheckoutCommits().isEmpty()) {
            throw new IOException(missing);
        }
        return page;
    }

    /** A client for the Patchwork server of the build's source, with that server's token. */
    @NonNull
    PatchworkClient connect() throws IOException {
        return PatchworkConnection.open(source.getServerName());
    }

    /** {@link #find(java.util.function.Consumer)} without logging the scan. */
    @NonNull
    Found find() throws IOException, InterruptedException {
        return find(line -> {});
    }

    /** The scanned head and version this build is for, from one fresh scan of the source. */
    @NonNull
    Found find(@NonNull java.util.function.Consumer<String> log) throws IOException, InterruptedException {
        ScanResult scan = source.scan(log);
        String head = revision.getHead().getName();
        Optional<LineageHead> h = scan.head(head);
        if (h.isEmpty()) {
            throw new IOException("Series job " + head + " is not in the latest scan of Patchwork project "
                    + source.getProject() + " (closed or filtered out since this build started)");
        }
        HeadVersion v = h.get().version(revision.getRevisionId()).orElseThrow(() -> new IOException("Version " + revision + " of " + head
                        + " is no longer on Patchwork's list (a newer version replaced it)"));
        return new Found(h.get(), v);
    }

    /** A head and one of its versions. */
    record Found(@NonNull LineageHead head, @NonNull HeadVersion version) {

        /** Puts this version on the build page (or keeps the page already there for it). */
        @NonNull
        PatchworkSeriesAction attach(@NonNull Run<?, ?> run) {
            return PatchworkSeriesAction.attach(run, head, version);
        }
    }
}

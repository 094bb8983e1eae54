package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.scan.ScannedVersion;
import java.io.IOException;
import java.time.Instant;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import jenkins.scm.api.SCMSource;

/**
 * The series a build is for: its job's {@link PatchworkSCMSource} and the {@link PatchworkSCMRevision}
 * the build was started for (a newer version may have arrived since; the build keeps its own). What the
 * steps fetch of it, the connection to Patchwork, the scanned version and the mail, is fetched once per
 * build and shared ({@link SharedFetch}).
 *
 * @param run the build
 * @param source the branch source of the build's job
 * @param revision the version being built
 */
record BuildSeries(@NonNull Run<?, ?> run, @NonNull PatchworkSCMSource source, @NonNull PatchworkSCMRevision revision) {

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
        return new BuildSeries(run, p, pr);
    }

    /**
     * The series' build page: the one a step already attached, else attached now. The source is only looked
     * up when the page is missing, so a build that has one needs no scan.
     */
    @NonNull
    static PatchworkSeriesAction page(@NonNull Run<?, ?> run) throws IOException, InterruptedException {
        PatchworkSeriesAction page = run.getAction(PatchworkSeriesAction.class);
        return page != null ? page : of(run).attach();
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

    /**
     * A client for the Patchwork server of the build's source, with that server's token: one per build
     * ({@link SharedFetch}), usually the one of Jenkins' scan as it started the build.
     */
    @NonNull
    PatchworkClient connect() throws IOException, InterruptedException {
        return connect(run, source);
    }

    /** The build's client, for code that has the build and its source but no revision yet. */
    @NonNull
    static PatchworkClient connect(@NonNull Run<?, ?> run, @NonNull PatchworkSCMSource source)
            throws IOException, InterruptedException {
        return SharedFetch.of(run).client(() -> source.connectionSince(Instant.ofEpochMilli(run.getStartTimeInMillis())));
    }

    /**
     * The scanned head and version this build is for, found once per build. Jenkins scans the source as it
     * starts a build (to read the Jenkinsfile), so the first step usually takes that scan; a scan from before
     * the build started (or none, after a restart) is not trusted, and a new one is made.
     */
    @NonNull
    ScannedVersion version() throws IOException, InterruptedException {
        return SharedFetch.of(run).version(() -> ScannedVersion.find(
                source.scanSince(Instant.ofEpochMilli(run.getStartTimeInMillis()), line -> {}),
                revision.getHead().getName(), revision.getRevisionId(), source.getProject()));
    }

    /** Puts the build's version on the build page (or keeps the page already there for it). */
    @NonNull
    PatchworkSeriesAction attach() throws IOException, InterruptedException {
        return PatchworkSeriesAction.attach(run, version());
    }

    /**
     * A series' mail as the agent gets it ({@link PatchworkClient#seriesMail}): downloaded on the controller,
     * which holds the token, once per build; sent to the agent as bytes.
     */
    @NonNull
    byte[] mail(@NonNull PatchworkClient client, @NonNull PatchworkSeries series) throws IOException, InterruptedException {
        return SharedFetch.of(run).mail(series.id(), () -> client.seriesMail(series));
    }
}

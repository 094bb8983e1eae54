package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Executor;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.scan.BuiltVersion;
import io.jenkins.plugins.patchworkci.step.BuildOutcome;
import io.jenkins.plugins.patchworkci.step.BuildStatusCheck;
import io.jenkins.plugins.patchworkci.step.SeriesCheckPost;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;

/**
 * What happens around every build of a series job, whatever its Jenkinsfile does:
 * <ol>
 * <li>at start, the version is pinned: a build started by a scan has no revision recorded yet (the
 * Pipeline records one only after listeners ran), so the one the source's last scan saw (else a fetch,
 * as the Pipeline itself would) is recorded first, and every later reader sees this build's version;</li>
 * <li>the build page gets its Retest action and the links to the other versions;</li>
 * <li>running builds of older versions of the lineage, in this job and in the jobs of the trees the
 * lineage moved from, are aborted, naming the new version (the engine's {@link BuiltVersion} decides
 * what is older);</li>
 * <li>with an automatic check context configured on the source, {@code pending} is posted on every patch,
 * and the outcome when the build completes ({@link BuildOutcome} maps it);</li>
 * <li>when the build completes, what its steps fetched and shared ({@link SharedFetch}: the connection the
 * checks above are posted over too) is let go.</li>
 * </ol>
 * Nothing here fails a build: a Patchwork error is written to the build log and the build goes on.
 */
@Extension
public final class BuildLifecycle extends RunListener<Run<?, ?>> {

    @Override
    public void onStarted(Run<?, ?> run, TaskListener listener) {
        PrintStream log = listener.getLogger();
        Job<?, ?> job = run.getParent();
        PatchworkSCMSource source = LineageBuilds.sourceOf(job);
        PatchworkSCMHead head = LineageBuilds.headOf(job);
        if (source == null || head == null) {
            return;
        }
        try {
            PatchworkSCMRevision revision = pin(run, source, head, listener);
            if (revision == null) {
                log.println("[Patchwork] Series " + head.getName() + " is not in Patchwork's list any more;"
                        + " no version recorded for this build");
                return;
            }
            run.addOrReplaceAction(new PatchworkRetestAction());
            run.addOrReplaceAction(new PatchworkVersionsAction());
            abortSuperseded(run, source, revision, log);
            Optional<BuildStatusCheck> auto = BuildStatusCheck.configured(source.getAutoCheckContext());
            if (auto.isPresent()) {
                post(run, source, revision, auto.get().started(run.getDisplayName(), publicUrl(run)), log);
            }
        } catch (IOException | RuntimeException e) {
            log.println("[Patchwork] " + e.getMessage() + " (the build goes on)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onCompleted(Run<?, ?> run, @NonNull TaskListener listener) {
        try {
            postOutcome(run, listener);
        } finally {
            SharedFetch.forget(run); // no step asks any more: the mail need not wait for the build to leave memory
        }
    }

    /** Posts the build's outcome with the automatic check, if the source has one; over the build's connection. */
    private static void postOutcome(Run<?, ?> run, TaskListener listener) {
        PrintStream log = listener.getLogger();
        PatchworkSCMSource source = LineageBuilds.sourceOf(run.getParent());
        if (source == null) {
            return;
        }
        try {
            Optional<BuildStatusCheck> auto = BuildStatusCheck.configured(source.getAutoCheckContext());
            PatchworkSCMRevision revision = LineageBuilds.revisionOf(source, run);
            if (auto.isEmpty() || revision == null) {
                return;
            }
            Result result = run.getResult();
            PatchworkVersionsAction versions = run.getAction(PatchworkVersionsAction.class);
            String why = versions == null ? null : versions.getSupersededBy();
            NewCheck done = auto.get().completed(run.getDisplayName(),
                    BuildOutcome.of(result == null ? null : result.toString()), publicUrl(run),
                    why == null ? null : "superseded by " + why);
            post(run, source, revision, done, log);
        } catch (IOException | RuntimeException e) {
            log.println("[Patchwork] " + e.getMessage() + " (the build's result stands)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The build's recorded version, recording one first if the build has none yet. */
    @CheckForNull
    private static PatchworkSCMRevision pin(Run<?, ?> run, PatchworkSCMSource source, PatchworkSCMHead head,
            TaskListener listener) throws IOException, InterruptedException {
        PatchworkSCMRevision recorded = LineageBuilds.revisionOf(source, run);
        if (recorded != null) {
            return recorded;
        }
        PatchworkSCMRevision known = source.knownRevision(head);
        if (known == null) {
            SCMRevision fetched = source.fetch(head, listener);
            known = fetched instanceof PatchworkSCMRevision p ? p : null;
        }
        if (known != null) {
            run.addOrReplaceAction(new SCMRevisionAction(source, known));
            listener.getLogger().println("[Patchwork] Building v" + known.getRevisionId().version() + " of "
                    + head.getName() + " (" + known + ")");
        }
        return known;
    }

    /** Aborts running builds of this lineage that test an older posting than {@code revision}. */
    private static void abortSuperseded(Run<?, ?> run, PatchworkSCMSource source, PatchworkSCMRevision revision,
            PrintStream log) {
        Optional<BuiltVersion> started = LineageBuilds.versionOf(revision);
        if (started.isEmpty()) {
            return;
        }
        int version = revision.getRevisionId().version();
        for (Job<?, ?> job : LineageBuilds.lineageJobs(run.getParent(), started.get().head().lineageHash())) {
            for (Run<?, ?> other : LineageBuilds.running(job)) {
                if (other == run) {
                    continue;
                }
                PatchworkSCMRevision theirs = LineageBuilds.revisionOf(source, other);
                Optional<BuiltVersion> v = theirs == null ? Optional.empty() : LineageBuilds.versionOf(theirs);
                if (v.isEmpty() || !v.get().isSupersededBy(started.get())) {
                    continue;
                }
                Executor executor = other.getExecutor();
                if (executor == null) {
                    continue; // finishing already
                }
                PatchworkVersionsAction page = other.getAction(PatchworkVersionsAction.class);
                if (page != null) {
                    page.supersededBy("v" + version + " (" + run.getFullDisplayName() + ")");
                }
                executor.interrupt(Result.ABORTED, new SupersededInterruption(version, run.getFullDisplayName()));
                log.println("[Patchwork] Aborted " + other.getFullDisplayName() + " (v"
                        + theirs.getRevisionId().version() + "): this build tests v" + version);
            }
        }
    }

    private static void post(Run<?, ?> run, PatchworkSCMSource source, PatchworkSCMRevision revision, NewCheck check,
            PrintStream log) throws IOException, InterruptedException {
        PatchworkClient client = BuildSeries.connect(run, source);
        for (String line : new SeriesCheckPost(client, revision.getPatchIds(), check).call().lines()) {
            log.println("[Patchwork] " + line);
        }
    }

    /** Jenkins' root URL and the build's path, or null when Jenkins' URL is not configured. */
    @CheckForNull
    static String publicUrl(Run<?, ?> run) {
        String root = Jenkins.get().getRootUrl();
        return root == null ? null : (root.endsWith("/") ? root : root + "/") + run.getUrl();
    }
}

package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import java.io.IOException;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.RunAction2;
import jenkins.scm.api.SCMRevisionAction;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * "Retest" on the page of a series build: schedules the job again for the exact version this build
 * tested, even when a newer version exists. The queued build carries an {@link SCMRevisionAction} of
 * that version; Jenkins copies a queue item's actions onto the build before the Pipeline starts, so it
 * is the build's first revision action, which the lifecycle and every {@code patchwork*} step read.
 * (workflow-multibranch's SCMBinder fetches the head's newest revision and adds its own action after
 * ours; that one only chooses the Jenkinsfile, which comes from the pipeline repository either way.)
 *
 * <p>Shown only to users with Build permission on the job; the request must be a POST and checks the
 * permission again.
 */
public final class PatchworkRetestAction implements RunAction2 {

    private transient Run<?, ?> run;

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        Run<?, ?> r = run;
        return r != null && r.getParent().hasPermission(Item.BUILD) ? "redo.png" : null;
    }

    @Override
    public String getDisplayName() {
        return "Retest this version";
    }

    @Override
    public String getUrlName() {
        return "patchwork-retest";
    }

    /** The version number this build tested, for the confirmation page; 0 when it recorded none. */
    public int getVersion() {
        Run<?, ?> r = run;
        PatchworkSCMSource source = r == null ? null : LineageBuilds.sourceOf(r.getParent());
        PatchworkSCMRevision revision = source == null ? null : LineageBuilds.revisionOf(source, r);
        return revision == null ? 0 : revision.getRevisionId().version();
    }

    @RequirePOST
    public void doRetest(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Run<?, ?> r = run;
        if (r == null) {
            rsp.sendError(404, "This action is not attached to a build");
            return;
        }
        Job<?, ?> job = r.getParent();
        job.checkPermission(Item.BUILD);
        PatchworkSCMSource source = LineageBuilds.sourceOf(job);
        PatchworkSCMRevision revision = source == null ? null : LineageBuilds.revisionOf(source, r);
        if (revision == null) {
            rsp.sendError(409, "Build " + r.getDisplayName() + " recorded no Patchwork version to retest");
            return;
        }
        Queue.Item queued = ParameterizedJobMixIn.scheduleBuild2(job, 0,
                new CauseAction(new Cause.UserIdCause(), new PatchworkRetestCause(revision.getRevisionId().version(),
                        r.getNumber())),
                new SCMRevisionAction(source, revision));
        if (queued == null) {
            rsp.sendError(409, "Jenkins did not schedule the retest (is the job disabled?)");
            return;
        }
        rsp.sendRedirect2("../../"); // the job's page, where the queued build shows
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

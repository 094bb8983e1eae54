package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.scm.SCM;
import io.jenkins.plugins.patchworkci.scan.HeadChange;
import java.util.Map;
import java.util.Objects;
import jenkins.scm.api.SCMEvent;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;

/**
 * A Patchwork event as an SCM API head event: matches the {@link PatchworkSCMSource}s of the same
 * server and project, and names the heads it touches by asking the source to rescan.
 */
final class PatchworkHeadEvent extends SCMHeadEvent<HeadChange> {

    private final String serverName;
    private final String project;

    PatchworkHeadEvent(@NonNull String serverName, @NonNull String project, @NonNull HeadChange change) {
        super(type(change.type()), change.date().toEpochMilli(), change, "patchwork " + serverName);
        this.serverName = Objects.requireNonNull(serverName, "serverName");
        this.project = Objects.requireNonNull(project, "project");
    }

    private static SCMEvent.Type type(HeadChange.Type t) {
        return switch (t) {
            case CREATED -> SCMEvent.Type.CREATED;
            case UPDATED -> SCMEvent.Type.UPDATED;
            case REMOVED -> SCMEvent.Type.REMOVED;
        };
    }

    @Override
    public boolean isMatch(@NonNull SCMNavigator navigator) {
        return false;
    }

    @NonNull
    @Override
    public String getSourceName() {
        return project;
    }

    @Override
    public boolean isMatch(@NonNull SCMSource source) {
        return source instanceof PatchworkSCMSource p && p.isFrom(serverName, project);
    }

    @NonNull
    @Override
    public Map<SCMHead, SCMRevision> heads(@NonNull SCMSource source) {
        return source instanceof PatchworkSCMSource p && p.isFrom(serverName, project)
                ? p.headsAffectedBy(getPayload()) : Map.of();
    }

    /** Builds are triggered by heads, never by polling an SCM. */
    @Override
    public boolean isMatch(@NonNull SCM scm) {
        return false;
    }

    @Override
    public String description() {
        return "Patchwork " + serverName + " " + project + ": " + getPayload().description();
    }
}

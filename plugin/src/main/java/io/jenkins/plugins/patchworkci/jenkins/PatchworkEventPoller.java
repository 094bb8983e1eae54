package io.jenkins.plugins.patchworkci.jenkins;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.patchworkci.scan.EventCursorFile;
import io.jenkins.plugins.patchworkci.scan.EventCursorFile.Key;
import io.jenkins.plugins.patchworkci.scan.EventCursors;
import io.jenkins.plugins.patchworkci.scan.EventMapper;
import io.jenkins.plugins.patchworkci.scan.EventPoll;
import io.jenkins.plugins.patchworkci.scan.FinalStates;
import io.jenkins.plugins.patchworkci.scan.HeadChange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;

/**
 * Polls the Patchwork event log once a minute, once per server and project however many jobs use
 * them, and fires a {@link PatchworkHeadEvent} per change ({@code series-completed},
 * {@code patch-state-changed}, {@code check-created}). A failed poll keeps its cursor: the next poll
 * reads the same events. Cursors are kept in {@value #CURSOR_FILE} under the Jenkins root after every
 * poll that moved one, so after a restart polling resumes from the last event handled (engine
 * {@link EventCursors}, {@link EventPoll#resume}: a stored cursor survives a Patchwork outage at
 * start-up; one older than a day is dropped, and the multibranch projects' periodic scans catch up).
 */
@Extension
public final class PatchworkEventPoller extends AsyncPeriodicWork {

    /** A minute: Patchwork's own clients (pwclient, NIPA) poll on that scale. */
    private static final long PERIOD_MS = 60_000L;

    /** The stored cursors, in JENKINS_HOME. */
    static final String CURSOR_FILE = "patchwork-ci-event-cursors.json";

    /** Created at the first poll, when Jenkins' root directory is known. */
    private EventCursors cursors;

    public PatchworkEventPoller() {
        super("Patchwork event poll");
    }

    @Override
    public long getRecurrencePeriod() {
        return PERIOD_MS;
    }

    @Override
    protected void execute(TaskListener listener) throws IOException, InterruptedException {
        Map<Key, FinalStates> wanted = new LinkedHashMap<>();
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (SCMSourceOwner owner : Jenkins.get().getAllItems(SCMSourceOwner.class)) {
                for (SCMSource source : owner.getSCMSources()) {
                    if (source instanceof PatchworkSCMSource p) {
                        wanted.putIfAbsent(new Key(p.getServerName(), p.getProject()), p.finalStatesSet());
                    }
                }
            }
        }
        if (cursors == null) {
            cursors = new EventCursors(new EventCursorFile(Jenkins.get().getRootDir().toPath().resolve(CURSOR_FILE)));
            try {
                cursors.loadOnce();
            } catch (IOException e) {
                listener.getLogger().println("Event cursors not resumed, polling starts at the newest events: "
                        + e.getMessage());
            }
        }
        cursors.retain(wanted.keySet());
        for (Map.Entry<Key, FinalStates> e : wanted.entrySet()) {
            poll(e.getKey(), e.getValue(), listener);
        }
        try {
            cursors.save();
        } catch (IOException e) {
            listener.getLogger().println("Event cursors not saved (a restart may start at the newest events): "
                    + e.getMessage());
        }
    }

    private void poll(Key key, FinalStates finalStates, TaskListener listener) throws InterruptedException {
        try {
            EventPoll poll = new EventPoll(PatchworkConnection.open(key.server()), key.project(),
                    new EventMapper(finalStates, Set.of()));
            List<HeadChange> changes = cursors.poll(key, poll);
            for (HeadChange change : changes) {
                SCMHeadEvent.fireNow(new PatchworkHeadEvent(key.server(), key.project(), change));
            }
            if (!changes.isEmpty()) {
                listener.getLogger().println(key + ": " + changes.size() + " change(s)");
            }
        } catch (IOException e) {
            listener.getLogger().println(key + ": poll failed, will read the same events next time: " + e.getMessage());
        }
    }
}

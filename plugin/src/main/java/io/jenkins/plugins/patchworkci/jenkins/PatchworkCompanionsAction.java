package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.scan.ScannedCompanion;
import io.jenkins.plugins.patchworkci.step.CheckoutResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The companion series a build applied beside its series ({@code [PATCH iproute2-next]} with
 * {@code [PATCH net-next]}): for each, the tree, version, subject, why it was paired, its plan, and how
 * its checkout went. Shown on the build's main page and in the plan of its Patchwork series page; no
 * link of its own. Every text from mail is shown through Jelly's escape-by-default. Stored with the build
 * as plain strings (XStream).
 */
public final class PatchworkCompanionsAction implements Action {

    private final ArrayList<Entry> companions;

    PatchworkCompanionsAction(List<Entry> companions) {
        this.companions = new ArrayList<>(companions);
    }

    /** Puts the companions of a checkout on the build page, replacing an earlier checkout's. */
    static void attach(@NonNull Run<?, ?> run, @NonNull List<ScannedCompanion> planned,
            @NonNull List<CheckoutResult> results, @NonNull List<String> dirs) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            entries.add(Entry.of(planned.get(i), results.get(i), dirs.get(i)));
        }
        run.addOrReplaceAction(new PatchworkCompanionsAction(entries));
    }

    public List<Entry> getCompanions() {
        return List.copyOf(companions);
    }

    /** The companion on {@code tree}, if this build applied one there. */
    @NonNull
    java.util.Optional<Entry> companion(@NonNull String tree) {
        return companions.stream().filter(e -> e.tree.equals(tree)).findFirst();
    }

    @CheckForNull
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Patchwork companion series";
    }

    @CheckForNull
    @Override
    public String getUrlName() {
        return null;
    }

    /** One companion, as shown. */
    public static final class Entry {

        private final String tree;
        private final int version;
        private final String subject;
        private final String reason;
        @CheckForNull
        private final String url;
        private final String plan;
        private final boolean applied;
        private final String summary;
        private final String dir;
        private final String base;
        private final int commits;
        /** The companion's patches on Patchwork, in order: where patchworkCheck companion: posts. */
        private final ArrayList<Long> patchIds;

        Entry(String tree, int version, String subject, String reason, @CheckForNull String url, String plan,
                boolean applied, String summary, String dir, String base, int commits, List<Long> patchIds) {
            this.tree = tree;
            this.version = version;
            this.subject = subject;
            this.reason = reason;
            this.url = url;
            this.plan = plan;
            this.applied = applied;
            this.summary = summary;
            this.dir = dir;
            this.base = base;
            this.commits = commits;
            this.patchIds = new ArrayList<>(patchIds);
        }

        static Entry of(ScannedCompanion c, CheckoutResult r, String dir) {
            String web = c.scanned().patchwork().webUrl();
            return new Entry(c.tree().name(), Math.max(1, c.scanned().series().version()), c.scanned().series().subject(),
                    c.reason(), web != null && web.matches("(?i)https?://\\S+") ? web : null, c.plan().summary(),
                    r.applied(), r.summary(), r.applied() ? dir : "", r.base(), r.commits().size(),
                    c.scanned().patchwork().patches().stream().map(p -> p.id()).toList());
        }

        public String getTree() {
            return tree;
        }

        public int getVersion() {
            return version;
        }

        public String getSubject() {
            return subject;
        }

        public String getReason() {
            return reason;
        }

        /** The series on Patchwork, only ever http(s). */
        @CheckForNull
        public String getUrl() {
            return url;
        }

        public String getPlan() {
            return plan;
        }

        public boolean isApplied() {
            return applied;
        }

        public String getSummary() {
            return summary;
        }

        public String getDir() {
            return dir;
        }

        public String getBase() {
            return base;
        }

        public int getCommits() {
            return commits;
        }

        @NonNull
        List<Long> patchIds() {
            return patchIds == null ? List.of() : List.copyOf(patchIds);
        }
    }
}

package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.apply.WorkTree;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pwci am [-3] [-s] <mbox>...}: what {@code git am} does with those options, run inside a
 * repository — one commit per patch on the current branch, then the index and work tree updated
 * once at the end — but applied in core, and with our failure report instead of git's. Like git
 * am it stops at the first patch that does not apply, keeping the commits of the ones before it.
 */
@Command(name = "am", description = "Apply a series of patches from mailboxes, as git am does.",
        mixinStandardHelpOptions = true)
public final class AmCommand implements Callable<Integer> {

    /** git am's exit code when a patch does not apply. */
    static final int FAILED = 128;

    @Spec
    CommandSpec spec;

    @Option(names = {"-3", "--3way"}, description = "Fall back on a three-way merge, as git am -3.")
    boolean threeWay;

    @Option(names = {"-s", "--signoff"}, description = "Add the committer's Signed-off-by trailer.")
    boolean signOff;

    @Option(names = "-C", paramLabel = "<path>", description = "Run as if started in <path>.")
    File directory = new File(".");

    @Parameters(paramLabel = "<mbox>", arity = "1..*", description = "Mailbox files with the patches, in order.")
    List<Path> mailboxes;

    private final Optional<SeriesInput> input;
    private final Map<String, String> env;

    /** As picocli makes it: the mail parser found through {@link ServiceLoader}. */
    public AmCommand() {
        this(ServiceLoader.load(SeriesInput.class).findFirst(), System.getenv());
    }

    AmCommand(Optional<SeriesInput> input, Map<String, String> env) {
        this.input = input;
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (input.isEmpty()) {
            err.println("pwci am: no mail parser in this build (no " + SeriesInput.class.getName() + " service)");
            return 2;
        }
        try (Repository repo = new FileRepositoryBuilder().findGitDir(directory.getAbsoluteFile()).readEnvironment()
                .build()) {
            if (repo.isBare()) {
                err.println("pwci am: needs a work tree");
                return 2;
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null || head.getObjectId() == null) {
                err.println("pwci am: HEAD has no commit");
                return 2;
            }
            ObjectId before = head.getObjectId();
            if (indexIsDirty(repo, before)) {
                err.println("error: Dirty index: cannot apply patches");
                return FAILED;
            }
            List<PatchToApply> patches = input.get().read(mailboxes);
            AppliedSeries result = new ApplySeries(repo).setTip(before).setPatches(patches)
                    .setThreeWay(threeWay).setCommitter(committer(repo)).setSignOff(signOff).call();
            for (AppliedCommit c : result.commits()) {
                out.println("Applying: " + c.subject());
            }
            if (!result.commits().isEmpty()) {
                ObjectId after = result.head();
                moveHead(repo, head, before, after);
                new WorkTree(repo).move(before, after);
            }
            if (!result.applied()) {
                err.println(result.failure().map(f -> f.details()).orElse(result.summary()));
                return FAILED;
            }
            result.tipFailure().ifPresent(f -> out.println("note: applied " + result.tier().get().label()
                    + "; it did not apply directly: " + f.summary()));
            out.flush();
            return 0;
        }
    }

    private static boolean indexIsDirty(Repository repo, ObjectId head) throws IOException {
        DirCache dc = repo.readDirCache();
        try (ObjectInserter f = new TreeIdsOnly(); RevWalk rw = new RevWalk(repo)) {
            return !dc.writeTree(f).equals(rw.parseCommit(head).getTree());
        }
    }

    /**
     * Computes the ids of the index's trees without storing them. A plain {@link ObjectInserter.Formatter}
     * refuses {@code insert}, which {@link DirCache#writeTree} calls for every tree the index has no
     * valid cached id for: an index written by JGit or libgit2, or by git after some commands,
     * made {@code pwci am} fail with UnsupportedOperationException.
     */
    private static final class TreeIdsOnly extends ObjectInserter.Formatter {
        @Override
        public ObjectId insert(int type, byte[] data, int off, int len) {
            return idFor(type, data, off, len);
        }

        @Override
        public ObjectId insert(int type, long len, java.io.InputStream in) throws IOException {
            return idFor(type, len, in);
        }
    }

    private static void moveHead(Repository repo, Ref head, ObjectId before, ObjectId after) throws IOException {
        String name = head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD;
        RefUpdate u = repo.getRefDatabase().newUpdate(name, !head.isSymbolic());
        u.setExpectedOldObjectId(before);
        u.setNewObjectId(after);
        u.setRefLogMessage("am: applied series", false);
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.FAST_FORWARD && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.NEW) {
            throw new IOException("cannot move " + name + ": " + r);
        }
    }

    /** The committer git would use: config or GIT_COMMITTER_* (JGit reads those), GIT_COMMITTER_DATE too. */
    private PersonIdent committer(Repository repo) {
        PersonIdent who = new PersonIdent(repo);
        String date = env.get("GIT_COMMITTER_DATE");
        String name = env.getOrDefault("GIT_COMMITTER_NAME", who.getName());
        String email = env.getOrDefault("GIT_COMMITTER_EMAIL", who.getEmailAddress());
        if (date != null && date.matches("@?\\d+ [+-]\\d{4}")) {
            String[] p = date.replace("@", "").split(" ");
            return new PersonIdent(name, email, Instant.ofEpochSecond(Long.parseLong(p[0])), ZoneOffset.of(p[1]));
        }
        return new PersonIdent(name, email, who.getWhenAsInstant(), who.getZoneId());
    }
}

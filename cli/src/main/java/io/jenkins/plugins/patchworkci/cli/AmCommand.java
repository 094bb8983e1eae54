package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AmState;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplyFailure;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.GitIdent;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.apply.WhitespaceWarnings;
import io.jenkins.plugins.patchworkci.apply.WorkTree;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
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

    /** Larger files are not read for git's "new blank line at EOF" warning. */
    private static final int MAX_CHECKED_FILE = 64 << 20;

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
            AmState state = new AmState(repo);
            Optional<String> busy = state.refusal();
            if (busy.isPresent()) {
                err.println("fatal: " + busy.get());
                return FAILED;
            }
            PersonIdent committer;
            WhitespaceWarnings whitespace;
            try {
                committer = GitIdent.committer(repo.getConfig(), env, Clock.systemDefaultZone());
                whitespace = WhitespaceWarnings.rules(repo.getConfig().getString("core", null, "whitespace"));
            } catch (IllegalArgumentException e) {
                err.println("fatal: " + e.getMessage());
                return FAILED;
            }
            ObjectId before = head.getObjectId();
            AmState.Options options = new AmState.Options(threeWay, false, signOff);
            state.recordOrigHead(before);
            List<String> dirty = indexChanges(repo, before);
            if (!dirty.isEmpty()) {
                // As git am: the series is set up before the index is looked at, so its state stays.
                state.writeDirtyIndex(options, input.get().messages(mailboxes), before);
                err.println("fatal: Dirty index: cannot apply patches (dirty: " + String.join(" ", dirty) + ")");
                return FAILED;
            }
            List<PatchToApply> patches = input.get().read(mailboxes);
            AppliedSeries result = new ApplySeries(repo).setTip(before).setPatches(patches)
                    .setThreeWay(threeWay).setCommitter(committer).setSignOff(signOff).call();
            ObjectId parentTree = tree(repo, before);
            for (AppliedCommit c : result.commits()) {
                out.println("Applying: " + c.subject());
                ObjectId parent = parentTree;
                warn(whitespace.check(patches.get(c.index() - 1).info().patch(), state.patchFile(),
                        path -> fileIn(repo, parent, path), true), out, err);
                parentTree = c.tree();
            }
            if (!result.commits().isEmpty()) {
                ObjectId after = result.head();
                moveHead(repo, head, before, after);
                new WorkTree(repo).move(before, after);
            }
            if (!result.applied()) {
                stopped(repo, result, patches, state, options, committer, whitespace, out, err);
                return FAILED;
            }
            result.tipFailure().ifPresent(f -> out.println("note: applied " + result.tier().get().label()
                    + "; it did not apply directly: " + f.summary()));
            out.flush();
            return 0;
        }
    }

    /**
     * Says why the series stopped and leaves git am's state for the stopped patch, so the real
     * {@code git am --show-current-patch}, {@code --continue}, {@code --skip} and {@code --abort} go on.
     */
    private void stopped(Repository repo, AppliedSeries result, List<PatchToApply> patches, AmState state,
            AmState.Options options, PersonIdent committer, WhitespaceWarnings whitespace, PrintWriter out,
            PrintWriter err) throws IOException {
        Optional<ApplyFailure> failure = result.failure();
        int at = failure.map(ApplyFailure::patchIndex).orElse(0);
        boolean empty = at > 0 && !patches.get(at - 1).info().hasPatch();
        if (at > 0 && !empty) { // git am says "Patch is empty." before it would say "Applying:"
            out.println("Applying: " + failure.get().subject());
            // git applies (and so warns about) the files of the patch that it can, not the one that failed.
            String failed = failure.get().where().path();
            ObjectId headTree = tree(repo, result.head());
            warn(whitespace.check(patches.get(at - 1).info().patch(), state.patchFile(),
                    path -> path.equals(failed) ? null : fileIn(repo, headTree, path), false), out, err);
        }
        out.flush();
        err.println(failure.map(ApplyFailure::details).orElse(result.summary()));
        err.flush();
        if (at == 0) {
            return;
        }
        List<byte[]> mails = input.get().messages(mailboxes);
        if (mails.size() != patches.size()) {
            err.println("pwci am: cannot leave git am's state: " + mails.size() + " messages for " + patches.size()
                    + " patches");
            return;
        }
        state.writeStopped(options, mails, at, patches.get(at - 1), committer, result.head());
        if (empty) {
            out.println("Patch is empty.");
        } else {
            out.printf("Patch failed at %04d %s%n", at, failure.get().subject());
            out.flush();
            err.println("hint: Use 'git am --show-current-patch=diff' to see the failed patch");
            err.flush();
        }
        out.println("When you have resolved this problem, run \"git am --continue\".");
        out.println("If you prefer to skip this patch, run \"git am --skip\" instead.");
        if (empty) {
            out.println("To record the empty patch as an empty commit, run \"git am --allow-empty\".");
        }
        out.println("To restore the original branch and stop patching, run \"git am --abort\".");
        out.flush();
    }

    /** git apply's whitespace warnings go to standard error, after the "Applying:" line they belong to. */
    private static void warn(List<String> warnings, PrintWriter out, PrintWriter err) {
        if (!warnings.isEmpty()) {
            out.flush();
            warnings.forEach(err::println);
            err.flush();
        }
    }

    private static ObjectId tree(Repository repo, ObjectId commit) throws IOException {
        try (RevWalk rw = new RevWalk(repo)) {
            return rw.parseCommit(commit).getTree().copy();
        }
    }

    /** A file of a tree, read only for a hunk that adds blank lines at its end; null when not a file there. */
    private static byte[] fileIn(Repository repo, ObjectId tree, String path) {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, tree)) {
            return tw == null || (tw.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE ? null
                    : repo.open(tw.getObjectId(0)).getCachedBytes(MAX_CHECKED_FILE);
        } catch (IOException e) {
            return null; // too large or unreadable: no end-of-file warning, as nothing else depends on it
        }
    }

    /** The paths where the index differs from HEAD's tree, as git am lists them when it refuses. */
    private static List<String> indexChanges(Repository repo, ObjectId head) throws IOException {
        List<String> paths = new ArrayList<>();
        try (RevWalk rw = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.setRecursive(true);
            tw.addTree(rw.parseCommit(head).getTree());
            tw.addTree(new DirCacheIterator(repo.readDirCache()));
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                if (paths.isEmpty() || !paths.get(paths.size() - 1).equals(tw.getPathString())) {
                    paths.add(tw.getPathString());
                }
            }
        }
        return paths;
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
}

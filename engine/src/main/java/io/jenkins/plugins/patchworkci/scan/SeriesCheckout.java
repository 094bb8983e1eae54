package io.jenkins.plugins.patchworkci.scan;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.run.SeriesFacts;
import io.jenkins.plugins.patchworkci.run.SeriesReader;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * What {@code patchworkCheckout} does on the agent: reads the series from its mail, brings the target
 * tree's mirror up to date in the {@link MirrorCache}, applies the series as {@code git am} would (on
 * its {@code base-commit:} when the tree has it, else the branch tip, then 3-way: {@link ApplySeries}),
 * and checks the result out in a work tree. The mail comes from the controller (which holds the
 * Patchwork token); nothing here needs a secret.
 *
 * <p>The work tree is replaced on each run; it must be a directory the caller owns (the plugin keeps it
 * inside the workspace).
 */
public final class SeriesCheckout {

    private final MirrorCache cache;
    private byte[] mail;
    private Tree tree;
    private Path workTree;

    public SeriesCheckout(@NonNull MirrorCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** The series as mail: cover letter (optional) and patches, mbox. */
    public SeriesCheckout setMail(@NonNull byte[] value) {
        this.mail = value.clone();
        return this;
    }

    public SeriesCheckout setTree(@NonNull Tree value) {
        this.tree = Objects.requireNonNull(value, "tree");
        return this;
    }

    public SeriesCheckout setWorkTree(@NonNull Path value) {
        this.workTree = Objects.requireNonNull(value, "workTree");
        return this;
    }

    @NonNull
    public CheckoutResult call() throws IOException, InterruptedException {
        if (mail == null || tree == null || workTree == null) {
            throw new IllegalStateException("mail, tree and work tree are required");
        }
        Series series = SeriesReader.assemble(SeriesReader.withDefaults().read(mail, "series.mbox").messages()).series()
                .stream().filter(s -> !s.patches().isEmpty()).findFirst()
                .orElseThrow(() -> new IOException("the series' mail holds no patch git am would apply"));
        cache.update(tree.remote());
        try (Repository repo = cache.open(tree.remote())) {
            ObjectId tip = repo.resolve("refs/heads/" + tree.branch() + "^{commit}");
            if (tip == null) {
                throw new IOException(tree.remote() + " has no branch " + tree.branch());
            }
            AppliedSeries applied = new ApplySeries(repo).setTip(tip)
                    .setBaseCommit(series.metadata().baseCommit().orElse(null))
                    .setPatches(SeriesFacts.patchesToApply(series)).setThreeWay(true).call();
            String where = "";
            if (applied.applied()) {
                clear(workTree);
                cache.addWorkTree(tree.remote(), applied.head(), workTree);
                where = workTree.toString();
            }
            return new CheckoutResult(tree.name(), tree.remote(), tree.branch(), tip.name(), applied.base().name(),
                    applied.applied(), applied.summary(),
                    applied.commits().stream().filter(c -> !c.prerequisite()).map(AppliedCommit::commit)
                            .map(ObjectId::name).toList(),
                    applied.head().name(), where);
        }
    }

    /** Removes an earlier checkout, not following links out of it. */
    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

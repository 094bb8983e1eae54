package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.Mirrors;
import io.jenkins.plugins.patchworkci.job.MissingTreeException;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.job.SeriesJob;
import io.jenkins.plugins.patchworkci.job.SeriesJobResult;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What {@code patchworkCheckout} does on the agent: reads the series from its mail, brings the target
 * tree's mirror up to date in the mirror cache (a {@link MirrorCache} in the folder the caller names),
 * applies the series as {@code git am} would (on
 * its {@code base-commit:} when the tree has it, else the branch tip, then 3-way: {@link ApplySeries}),
 * and checks the result out in a work tree: the series job ({@link SeriesJob}) onto the given tree, without
 * checks or builds, keeping its work tree. The mail comes from the controller (which holds the
 * Patchwork token); nothing here needs a secret.
 *
 * <p>Companions ({@link #addCompanion}): the user-space series posted with the kernel series are applied
 * the same way, each onto its own tree's mirror and into its own work tree, after the series. A companion
 * that does not apply, whose mail holds no patch or whose tree cannot be fetched is reported in its
 * {@link CheckoutResult} ({@code applied} false, why in the summary) and changes nothing for the series or
 * the other companions: the kernel change is still worth building, and the caller decides whether a
 * missing companion fails the build.
 *
 * <p>The work trees are replaced on each run; they must be directories the caller owns (the plugin keeps
 * them inside the workspace).
 */
public final class SeriesCheckout {

    private final MirrorCache cache;
    private byte[] mail;
    private Tree tree;
    private Path workTree;
    private final List<CompanionMail> companions = new ArrayList<>();

    /**
     * @param mirrorCache the folder of the mirror cache: one bare mirror per tree, shared by every checkout
     *     that names the same folder (the plugin's is beside the agent's workspaces)
     */
    public SeriesCheckout(Path mirrorCache) {
        this.cache = new MirrorCache(Objects.requireNonNull(mirrorCache, "mirrorCache"));
    }

    /** The series as mail: cover letter (optional) and patches, mbox. */
    public SeriesCheckout setMail(byte[] value) {
        this.mail = value.clone();
        return this;
    }

    public SeriesCheckout setTree(Tree value) {
        this.tree = Objects.requireNonNull(value, "tree");
        return this;
    }

    public SeriesCheckout setWorkTree(Path value) {
        this.workTree = Objects.requireNonNull(value, "workTree");
        return this;
    }

    /**
     * A companion series to apply onto {@code companionTree} in {@code companionWorkTree}, which must be
     * neither the series' work tree nor another companion's.
     */
    public SeriesCheckout addCompanion(Tree companionTree, byte[] companionMail,
            Path companionWorkTree) {
        companions.add(new CompanionMail(Objects.requireNonNull(companionTree, "companionTree"), companionMail.clone(),
                Objects.requireNonNull(companionWorkTree, "companionWorkTree")));
        return this;
    }

    public CheckoutResult call() throws IOException, InterruptedException {
        if (mail == null || tree == null || workTree == null) {
            throw new IllegalStateException("mail, tree and work tree are required");
        }
        Set<Path> dirs = new HashSet<>();
        dirs.add(workTree.toAbsolutePath().normalize());
        for (CompanionMail c : companions) {
            Path d = c.workTree().toAbsolutePath().normalize();
            for (Path other : dirs) {
                if (d.startsWith(other) || other.startsWith(d)) {
                    throw new IllegalArgumentException("the work tree of companion " + c.tree().name() + " (" + d
                            + ") overlaps " + other);
                }
            }
            dirs.add(d);
        }
        CheckoutResult main = checkout(tree, mail, workTree, "the series'");
        List<CheckoutResult> done = new ArrayList<>();
        for (CompanionMail c : companions) {
            try {
                done.add(checkout(c.tree(), c.mail(), c.workTree(), "the companion's"));
            } catch (IOException e) {
                done.add(new CheckoutResult(c.tree().name(), c.tree().remote(), c.tree().branch(), "", "", false,
                        "not checked out: " + e.getMessage(), List.of(), "", ""));
            }
        }
        return main.withCompanions(done);
    }

    private CheckoutResult checkout(Tree tree, byte[] mail, Path workTree, String whose)
            throws IOException, InterruptedException {
        Series series = SeriesReader.assemble(SeriesReader.withDefaults().read(mail, "series.mbox").messages()).series()
                .stream().filter(s -> !s.patches().isEmpty()).findFirst()
                .orElseThrow(() -> new IOException(whose + " mail holds no patch git am would apply"));
        try (Mirrors mirrors = new Mirrors(cache)) {
            SeriesJobResult job;
            try {
                job = new SeriesJob(series).setTree(mirrors, tree).setStopWhenTreeMissing(true).setThreeWay(true)
                        .setKeepWorkTreeAt(workTree).call();
            } catch (MissingTreeException e) {
                throw new IOException(tree.remote() + " has no branch " + tree.branch(), e);
            }
            AppliedSeries applied = job.applied().orElseThrow();
            return new CheckoutResult(tree.name(), tree.remote(), tree.branch(), applied.tip().name(),
                    applied.base().name(), applied.applied(), applied.summary(),
                    applied.commits().stream().filter(c -> !c.prerequisite()).map(AppliedCommit::commit)
                            .map(ObjectId::name).toList(),
                    applied.head().name(), job.workTree().map(Path::toString).orElse(""));
        }
    }

    /** A companion as given: its tree, its mail, where to check it out. */
    private record CompanionMail(Tree tree, byte[] mail, Path workTree) {}

}

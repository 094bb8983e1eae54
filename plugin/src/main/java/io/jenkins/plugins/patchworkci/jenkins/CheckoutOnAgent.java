package io.jenkins.plugins.patchworkci.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import io.jenkins.plugins.patchworkci.step.CheckoutResult;
import io.jenkins.plugins.patchworkci.step.SeriesCheckout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs {@link SeriesCheckout} on the agent, in the workspace it is given: the mirror cache beside the
 * workspaces (shared by every job on the agent), the work trees inside the workspace. Carries the mail
 * and the tree's name, remote and branch, and the same for each companion series; no credential.
 */
final class CheckoutOnAgent extends MasterToSlaveFileCallable<CheckoutResult> {

    private static final long serialVersionUID = 1L;

    private final byte[] mail;
    private final String treeName;
    private final String remote;
    private final String branch;
    private final String dir;
    private final String cacheDir;
    private final ArrayList<Companion> companions = new ArrayList<>();

    /**
     * @param dir the work tree, relative to the workspace (checked by the step)
     * @param cacheDir the mirror cache, absolute on the agent, or empty for the default beside the workspaces
     */
    CheckoutOnAgent(byte[] mail, String treeName, String remote, String branch, String dir, String cacheDir) {
        this.mail = mail.clone();
        this.treeName = treeName;
        this.remote = remote;
        this.branch = branch;
        this.dir = dir;
        this.cacheDir = cacheDir;
    }

    /** Adds a companion series to apply onto its own tree in {@code companionDir} (workspace-relative). */
    CheckoutOnAgent withCompanion(byte[] companionMail, String companionTree, String companionRemote,
            String companionBranch, String companionDir) {
        companions.add(new Companion(companionMail.clone(), companionTree, companionRemote, companionBranch, companionDir));
        return this;
    }

    @Override
    public CheckoutResult invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        Path ws = workspace.toPath().toAbsolutePath();
        Path parent = ws.getParent();
        Path cache = cacheDir.isEmpty()
                ? (parent == null ? ws : parent).resolve("patchwork-ci-mirrors")
                : Path.of(cacheDir);
        Tree tree = new Tree(treeName, remote, branch, List.of(), List.of(), TreeKind.KERNEL, Optional.empty(),
                TreeRole.STANDALONE);
        SeriesCheckout checkout = new SeriesCheckout(cache).setMail(mail).setTree(tree)
                .setWorkTree(inside(ws, dir));
        for (Companion c : companions) {
            checkout.addCompanion(new Tree(c.tree(), c.remote(), c.branch(), List.of(), List.of(), TreeKind.USER_SPACE,
                    Optional.empty(), TreeRole.STANDALONE), c.mail(), inside(ws, c.dir()));
        }
        return checkout.call();
    }

    private static Path inside(Path ws, String dir) throws IOException {
        Path where = ws.resolve(dir).normalize();
        if (!where.startsWith(ws) || where.equals(ws)) {
            throw new IOException("dir '" + dir + "' must be a directory inside the workspace");
        }
        return where;
    }

    /** A companion series as the agent gets it: its mail and its tree. */
    private record Companion(byte[] mail, String tree, String remote, String branch, String dir)
            implements java.io.Serializable {}
}

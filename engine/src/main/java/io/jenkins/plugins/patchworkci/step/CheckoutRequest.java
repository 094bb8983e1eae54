package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.ScannedCompanion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a checkout of one head version applies where, decided before any mail is fetched: the target
 * tree (the one asked for, else the one quick routing chose) and the workspace-relative directories of
 * the series and of each companion. Every directory is checked to be a safe relative path here, so
 * nothing outside the work tree is ever written, whatever a tree name or an argument holds.
 *
 * @param version the head version to check out
 * @param target the tree the series is applied to
 * @param dir the series' directory: the one asked for, else the tree's name
 * @param companions the version's companions, in its order, each with its directory
 */
public record CheckoutRequest(HeadVersion version, Tree target, String dir,
        List<Companion> companions) {

    /**
     * One companion series and where it goes: beside the series' directory, named by its tree
     * ({@code linux} gives {@code iproute2-next}; {@code src/linux} gives {@code src/iproute2-next}).
     */
    public record Companion(ScannedCompanion companion, String dir) {
        public Companion {
            Objects.requireNonNull(companion, "companion");
            Objects.requireNonNull(dir, "dir");
        }
    }

    public CheckoutRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dir, "dir");
        companions = List.copyOf(companions);
    }

    /**
     * Decides the target tree and the directories.
     *
     * @param tree the tree asked for, or null or empty for routing's choice
     * @param dir the directory asked for, or null or empty for the tree's name
     * @throws IOException when routing chose no tree and none was asked for, when the tree asked for is
     *     not configured, or when a directory would not be a safe relative path; the message says which
     */
    public static CheckoutRequest of(HeadVersion version, RoutingConfig routing,
            @Nullable String tree, @Nullable String dir) throws IOException {
        List<String> names = routing.trees().stream().map(Tree::name).toList();
        String name = tree != null && !tree.isEmpty() ? tree : version.plan().tree().map(Tree::name)
                .orElseThrow(() -> new IOException("Routing made no decision for this series ("
                        + version.plan().summary() + "); pass tree: with one of " + names));
        Tree target = routing.tree(name).orElseThrow(() -> new IOException("No tree '" + name
                + "' in the routing configuration: " + names));
        String where = dir == null || dir.isEmpty() ? target.name() : dir;
        if (!safeDir(where)) {
            throw new IOException("checkout directory '" + where + "' is not a safe relative path");
        }
        List<Companion> companions = new ArrayList<>();
        for (ScannedCompanion c : version.companions()) {
            String cdir = companionDir(where, c.tree().name());
            if (!safeDir(cdir)) {
                throw new IOException("companion directory '" + cdir + "' is not a safe relative path");
            }
            companions.add(new Companion(c, cdir));
        }
        return new CheckoutRequest(version, target, where, companions);
    }

    /**
     * Whether a directory is a workspace-relative path of letters, digits, {@code . _ - /}: no leading
     * {@code /} or {@code -}, no {@code ..}, no empty part. Such a path names a folder in the work tree
     * and reads as one word to any tool.
     */
    public static boolean safeDir(@Nullable String dir) {
        return dir != null && dir.matches("[A-Za-z0-9._][A-Za-z0-9._/-]*") && !dir.contains("..") && !dir.contains("//");
    }

    /** The directory of a companion on {@code tree}, beside {@code seriesDir}. */
    public static String companionDir(String seriesDir, String tree) {
        int slash = seriesDir.lastIndexOf('/');
        return slash < 0 ? tree : seriesDir.substring(0, slash + 1) + tree;
    }

    /** The companions' directories, in order. */
    public List<String> companionDirs() {
        return companions.stream().map(Companion::dir).toList();
    }
}

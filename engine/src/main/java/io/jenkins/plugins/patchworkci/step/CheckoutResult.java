package io.jenkins.plugins.patchworkci.step;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SeriesCheckout} did: where, onto what, whether it applied, and the commits made. Plain
 * strings and an ArrayList, so it crosses from a Jenkins agent to the controller and becomes a Pipeline
 * map (of LinkedHashMap and ArrayList, which Pipeline stores) unchanged.
 *
 * @param tree the tree's name
 * @param remote its fetch URL
 * @param branch its branch
 * @param tip the branch tip fetched
 * @param base the commit the series was applied onto
 * @param applied whether every patch applied
 * @param summary one line for people (the tier, or which patch, file and hunk failed)
 * @param commits the commits made, one per patch, oldest first
 * @param head the commit checked out (the last patch's, or the base when nothing applied)
 * @param workTree the directory the commits are checked out in, empty when nothing applied
 * @param companions the companion series' checkouts, each in its own directory, in the order given; a
 *     companion that did not apply (or whose tree could not be fetched) is here with {@code applied} false
 *     and why in its summary, and does not change this result
 */
public record CheckoutResult(String tree, String remote, String branch, String tip,
        String base, boolean applied, String summary, List<String> commits,
        String head, String workTree, List<CheckoutResult> companions)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    public CheckoutResult {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(summary, "summary");
        // ArrayLists: the result crosses Jenkins remoting, whose class filter knows ArrayList for sure
        commits = new ArrayList<>(commits);
        companions = new ArrayList<>(companions);
    }

    /** A checkout without companions. */
    public CheckoutResult(String tree, String remote, String branch, String tip,
            String base, boolean applied, String summary, List<String> commits,
            String head, String workTree) {
        this(tree, remote, branch, tip, base, applied, summary, commits, head, workTree, List.of());
    }

    @Override
    public List<String> commits() {
        return List.copyOf(commits);
    }

    @Override
    public List<CheckoutResult> companions() {
        return List.copyOf(companions);
    }

    /** This result with the companions' checkouts. */
    public CheckoutResult withCompanions(List<CheckoutResult> value) {
        return new CheckoutResult(tree, remote, branch, tip, base, applied, summary, commits, head, workTree, value);
    }

    /**
     * As a Pipeline map: the fields by name, commits as a list of hex ids, and {@code companions} as a list
     * of such maps (each without a {@code companions} entry of its own) when there are any.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tree", tree);
        m.put("remote", remote);
        m.put("branch", branch);
        m.put("tip", tip);
        m.put("base", base);
        m.put("applied", applied);
        m.put("summary", summary);
        m.put("commits", new ArrayList<>(commits));
        m.put("head", head);
        m.put("dir", workTree);
        if (!companions.isEmpty()) {
            ArrayList<Map<String, Object>> list = new ArrayList<>();
            companions.forEach(c -> list.add(c.asMap()));
            m.put("companions", list);
        }
        return m;
    }
}

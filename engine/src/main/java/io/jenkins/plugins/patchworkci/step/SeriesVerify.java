package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.job.SeriesJob;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What {@code patchworkVerify} runs on the agent: the engine's checks ({@link RunChecks}) on the series
 * checked out by {@link SeriesCheckout}, with the work tree, base and commits it made, and the quick
 * routing plan (for {@code tree_selection}): the series job ({@link SeriesJob}) on a checkout, checks only. Only the named checks run, or the engine's defaults when
 * none are named; a name the engine does not know is an error naming the ones it knows.
 *
 * <p>The mail model keeps the sender only; the To and Cc of each patch's mail are read from the raw
 * headers of the same mbox ({@link SeriesReader.Read#recipients}), so {@code cc_maintainers} sees who was
 * copied. Patchwork's mbox keeps the original To and Cc headers.
 */
public final class SeriesVerify {

    /** Bounds the build commands, of which there are none here: each check bounds its own tools. */
    private static final Duration CHECKS_TIMEOUT = Duration.ofHours(1);

    private final RoutingConfig routing;
    private final Tree tree;
    private byte[] mail;
    private Path workTree;
    private String base;
    private List<String> commits = List.of();
    private List<String> checks = List.of();

    public SeriesVerify(RoutingConfig routing, Tree tree) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    public SeriesVerify setMail(byte[] value) {
        this.mail = value.clone();
        return this;
    }

    /** The checkout: its directory, the commit the series went onto, and one commit per patch. */
    public SeriesVerify setCheckout(Path dir, String baseCommit, List<String> patchCommits) {
        this.workTree = dir;
        this.base = baseCommit;
        this.commits = List.copyOf(patchCommits);
        return this;
    }

    public SeriesVerify setChecks(List<String> names) {
        this.checks = List.copyOf(names);
        return this;
    }

    public List<CheckResult> call() throws IOException, InterruptedException {
        if (mail == null || workTree == null) {
            throw new IllegalStateException("mail and checkout are required");
        }
        SeriesReader.Read read = SeriesReader.withDefaults().read(mail, "series.mbox");
        Series series = SeriesReader.assemble(read.messages()).series()
                .stream().filter(s -> !s.patches().isEmpty()).findFirst()
                .orElseThrow(() -> new IOException("the series' mail holds no patch"));
        if (commits.size() != series.patches().size()) {
            throw new IOException("the checkout has " + commits.size() + " commits for " + series.patches().size()
                    + " patches; run patchworkCheckout on this version first");
        }
        CheckRegistry registry = CheckRegistry.builtIn();
        CheckConfig config = CheckConfig.defaults();
        if (!checks.isEmpty()) {
            List<String> unknown = checks.stream().filter(c -> registry.get(c).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown check(s) " + unknown + "; known: " + new TreeSet<>(registry.names()));
            }
            for (String name : registry.names()) {
                config = checks.contains(name) ? config.enable(name) : config.disable(name);
            }
        }
        // The tree's checkpatch.pl, kernel-doc and get_maintainer.pl are patched code: they run in the
        // one build environment (nothing of the agent's own; HOME and TMPDIR in a scratch removed after).
        // The agent itself is their sandbox.
        Path scratch = Files.createTempDirectory("pwci-verify-");
        try {
            return new SeriesJob(series).setRecipients(read::recipients)
                    .setCheckedOut(routing, tree, workTree, base, commits)
                    .setLauncher(ToolLauncher.direct(BuildEnvironment.in(scratch, Map.of())), CHECKS_TIMEOUT)
                    .setChecks(registry, config).call().results();
        } finally {
            DirectoryTree.deleteIfExists(scratch);
        }
    }
}

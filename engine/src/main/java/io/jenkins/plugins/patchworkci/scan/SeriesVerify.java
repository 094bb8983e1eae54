package io.jenkins.plugins.patchworkci.scan;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import io.jenkins.plugins.patchworkci.check.ApplyOutcome;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckContext;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.PatchUnderTest;
import io.jenkins.plugins.patchworkci.check.RunChecks;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.check.Tools;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.run.SeriesFacts;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code patchworkVerify} runs on the agent: the engine's checks ({@link RunChecks}) on the series
 * checked out by {@link SeriesCheckout}, with the work tree, base and commits it made, and the quick
 * routing plan (for {@code tree_selection}). Only the named checks run, or the engine's defaults when
 * none are named; a name the engine does not know is an error naming the ones it knows.
 *
 * <p>The mail model keeps the sender only; the To and Cc of each patch's mail are read from the raw
 * headers of the same mbox ({@link SeriesReader.Read#recipients}), so {@code cc_maintainers} sees who was
 * copied. Patchwork's mbox keeps the original To and Cc headers.
 */
public final class SeriesVerify {

    private final RoutingConfig routing;
    private final Tree tree;
    private byte[] mail;
    private Path workTree;
    private String base;
    private List<String> commits = List.of();
    private List<String> checks = List.of();

    public SeriesVerify(@NonNull RoutingConfig routing, @NonNull Tree tree) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    public SeriesVerify setMail(@NonNull byte[] value) {
        this.mail = value.clone();
        return this;
    }

    /** The checkout: its directory, the commit the series went onto, and one commit per patch. */
    public SeriesVerify setCheckout(@NonNull Path dir, @NonNull String baseCommit, @NonNull List<String> patchCommits) {
        this.workTree = dir;
        this.base = baseCommit;
        this.commits = List.copyOf(patchCommits);
        return this;
    }

    public SeriesVerify setChecks(@NonNull List<String> names) {
        this.checks = List.copyOf(names);
        return this;
    }

    @NonNull
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
        List<PatchUnderTest> patches = new ArrayList<>();
        for (int i = 0; i < series.patches().size(); i++) {
            Patch p = series.patches().get(i);
            patches.add(PatchUnderTest.of(i + 1, p, read.recipients(p.message().messageId()), Optional.of(commits.get(i))));
        }
        // The tree's checkpatch.pl, kernel-doc and get_maintainer.pl are patched code: they run in the
        // one build environment (nothing of the agent's own; HOME and TMPDIR in a scratch removed after).
        // The agent itself is their sandbox.
        Path scratch = Files.createTempDirectory("pwci-verify-");
        try {
            CheckContext context = CheckContext.builder(series.subject(), tree.name(), tree.role())
                    .treeTag(SeriesFacts.prefixWords(series).stream().filter(tree::taggedBy).findFirst().orElse(null))
                    .coverLetter(series.coverLetter().isPresent()).pullRequest(series.isPullRequest()).patches(patches)
                    .workTree(workTree, base).plan(new Router(routing.trees(), null).quick(SeriesFacts.routingInput(series)))
                    .apply(ApplyOutcome.applied("checkout", "applied by patchworkCheckout onto " + base))
                    .tools(Tools.defaults()).launcher(ToolLauncher.direct(BuildEnvironment.in(scratch, Map.of())))
                    .build();
            return new RunChecks(registry, config).call(context);
        } finally {
            DirectoryTree.deleteIfExists(scratch);
        }
    }
}

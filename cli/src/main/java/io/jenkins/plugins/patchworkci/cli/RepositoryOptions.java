package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.RoutingConfigException;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Option;

/**
 * The options {@code pwci apply} and {@code pwci check} share: which series (with {@code --id} and
 * {@code --archive}), which repository, and the configuration or preset that routes it.
 */
final class RepositoryOptions {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The git repository (default: the current directory).")
    File repo;

    @Option(names = "--config", paramLabel = "FILE", description = "The pwci configuration: routing, apply settings, checks.")
    Path config;

    @Option(names = "--preset", paramLabel = "NAME", description = "Route among a built-in tree set instead: netdevbpf, netdev or bpf.")
    String preset;

    @Option(names = "--id", paramLabel = "N", description = "Which series: the Patchwork id with a project URL, or a short hash with a mailbox.")
    String id;

    /** Where Message-IDs are looked up when neither {@code --archive} nor the configuration says. */
    static final URI DEFAULT_ARCHIVE = URI.create("https://lore.kernel.org/all/");

    @Option(names = "--archive", paramLabel = "URL",
            description = "Where Message-IDs are looked up (default: the configuration's first archive source, else "
                    + "https://lore.kernel.org/all/).")
    URI archive;

    Map<String, String> env = System.getenv();

    Optional<RunConfig> runConfig() throws ConfigException, IOException, UsageException {
        if (config != null && preset != null) {
            throw new UsageException("give --config or --preset, not both");
        }
        return config == null ? Optional.empty() : Optional.of(RunConfig.read(config, env));
    }

    /** The trees to route among; empty means no routing (onto HEAD or --onto). */
    List<Tree> trees(Optional<RunConfig> cfg) throws UsageException {
        if (cfg.isPresent()) {
            return cfg.get().routing().trees();
        }
        if (preset == null) {
            return List.of();
        }
        try {
            return RoutingConfig.preset(preset).trees();
        } catch (RoutingConfigException e) {
            throw new UsageException("--preset: " + e.getMessage());
        }
    }

    FoundSeries find(String series, Optional<RunConfig> cfg) throws UsageException, IOException, InterruptedException {
        return new SeriesArgument(HttpTransports.standard(HttpSettings.defaults()), PatchworkToken.find(cfg, env),
                archive(cfg)).find(series, id);
    }

    /** {@code --archive}, else the configured archive (the list the service reads), else lore's "all". */
    URI archive(Optional<RunConfig> cfg) {
        if (archive != null) {
            return archive;
        }
        return cfg.flatMap(c -> c.sources().stream().filter(s -> s.kind().equals("archive")).findFirst())
                .map(s -> URI.create(s.location().endsWith("/") ? s.location() : s.location() + "/"))
                .orElse(DEFAULT_ARCHIVE);
    }

    Repository open() throws UsageException, IOException {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(repo.getAbsoluteFile());
        if (b.getGitDir() == null) {
            throw new UsageException(repo + " is not in a git repository");
        }
        return b.readEnvironment().build();
    }
}

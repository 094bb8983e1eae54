package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.run.RunConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Message-ID is looked up in the archive the configuration reads, unless --archive says otherwise. */
class ArchiveChoiceTest {

    @TempDir
    Path tmp;

    @Test
    void theConfiguredArchiveIsWhereMessageIdsAreLookedUp() throws Exception {
        Path yaml = tmp.resolve("pwci.yaml");
        Files.writeString(yaml, """
                work: work
                sources:
                  - mbox: local.mbox
                  - archive: https://lore.example.org/netdev
                """);
        Optional<RunConfig> cfg = Optional.of(RunConfig.read(yaml, Map.of()));
        RepositoryOptions options = new RepositoryOptions();
        assertThat(options.archive(cfg)).isEqualTo(URI.create("https://lore.example.org/netdev/"));
        assertThat(options.archive(Optional.empty())).isEqualTo(RepositoryOptions.DEFAULT_ARCHIVE);
        options.archive = URI.create("https://other.example.org/all/");
        assertThat(options.archive(cfg)).isEqualTo(URI.create("https://other.example.org/all/"));
    }
}

package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes docs/cli.md promises: 2 for usage and configuration, 3 for sources. */
class ExitCodesTest {

    @TempDir
    Path tmp;

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(Cli.run("series", "--no-such-option", "x").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("apply").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingMailboxIsASourceError() {
        Cli r = Cli.run("series", tmp.resolve("nothing.mbox").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.SOURCE);
        assertThat(r.err()).contains("nothing.mbox").contains("no such file");
    }

    @Test
    void aMissingConfigurationIsAConfigurationError() {
        Cli r = Cli.run("run", "--once", "--config", tmp.resolve("pwci.yaml").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("no such configuration file");
    }

    @Test
    void anUnknownPresetAndABadIntervalAreUsageErrors() throws Exception {
        Path mbox = Files.writeString(tmp.resolve("one.mbox"), """
                From 1234 Mon Sep 17 00:00:00 2001
                From: A U Thor <author@example.org>
                Subject: [PATCH] a: b
                Message-ID: <one@example.org>
                Date: Mon, 2 Nov 2026 09:00:00 +0000

                ---
                diff --git a/f b/f
                --- a/f
                +++ b/f
                @@ -1 +1 @@
                -a
                +b
                """);
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        GitRepo.in(repo).run("init", "-q");
        Cli r = Cli.run("apply", mbox.toString(), "--repo", repo.toString(), "--preset", "nosuch");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("nosuch");
        Cli interval = Cli.run("run", "--interval", "soon");
        assertThat(interval.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(interval.err()).contains("'soon' is not a duration");
    }

    @Test
    void aFolderThatHoldsNoMailIsAUsageError() throws Exception {
        Cli r = Cli.run("series", Files.createDirectories(tmp.resolve("empty")).toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("neither cur/ and new/");
    }
}

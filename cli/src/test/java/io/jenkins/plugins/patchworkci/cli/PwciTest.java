package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PwciTest {

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Pwci.commandLine(args);
        cmd.setOut(new PrintWriter(out));
        assertThat(cmd.execute(args)).isEqualTo(expectedExit);
        return out.toString();
    }

    @Test
    void versionComesFromTheBuild() {
        String out = run(0, "--version");
        assertThat(out).startsWith("pwci ").doesNotContain("${project.version}").doesNotContain("unknown");
    }

    @Test
    void helpNamesTheCommand() {
        assertThat(run(0, "--help")).contains("Usage: pwci").contains("--version");
    }

    @Test
    void aRunOfOneCommandBuildsThatCommandAlone() {
        // a cold start pays for every subcommand it builds (docs/performance.md)
        assertThat(Pwci.commandLine("am", "x.mbox").getSubcommands()).containsOnlyKeys("am");
        assertThat(Pwci.commandLine("--debug", "series", "x.mbox").getSubcommands()).containsOnlyKeys("series");
        assertThat(Pwci.commandLine("--version").getSubcommands()).isEmpty();
        // usage, help and a misspelt command see them all
        assertThat(Pwci.commandLine().getSubcommands()).containsKeys("am", "run", "series", "check", "config", "help");
        assertThat(Pwci.commandLine("help", "am").getSubcommands()).containsKeys("am", "run");
        assertThat(Pwci.commandLine("serise").getSubcommands()).containsKeys("am", "run");
        assertThat(Pwci.commandLine("--help").getSubcommands()).containsKeys("am", "run");
    }
}

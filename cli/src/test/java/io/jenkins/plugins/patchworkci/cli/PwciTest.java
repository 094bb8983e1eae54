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
}

package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pwci config check}, on broken files and on the complete examples docs/cli.md gives. */
class ConfigCheckTest {

    @TempDir
    Path tmp;

    /** Runs config check with the environment given (tokens named by tokenEnv). */
    private static Cli check(Path file, Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Pwci.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        ConfigCheckCommand c = cmd.getSubcommands().get("config").getSubcommands().get("check").getCommand();
        c.env = env;
        int exit = cmd.execute("config", "check", file.toString());
        return new Cli(exit, out.toString(), err.toString());
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() throws Exception {
        Path f = Files.writeString(tmp.resolve("pwci.yaml"), """
                work: w
                sources:
                  - mbox: a.mbox
                    holdIncomplet: 2h
                """);
        Cli r = check(f, Map.of());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("line 4").contains("holdIncomplet");
    }

    @Test
    void anUnknownCheckIsAConfigurationError() throws Exception {
        Path f = Files.writeString(tmp.resolve("pwci.yaml"), """
                sources:
                  - mbox: a.mbox
                checks:
                  checkpach: {enabled: true}
                """);
        Cli r = check(f, Map.of());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("checkpach").contains("checkpatch");
    }

    @Test
    void aTokenEnvThatIsNotSetIsNamed() throws Exception {
        Path f = Files.writeString(tmp.resolve("pwci.yaml"), """
                sources:
                  - patchwork: https://patchwork.kernel.org/
                    project: netdevbpf
                    tokenEnv: MY_TOKEN
                """);
        Cli r = check(f, Map.of());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("MY_TOKEN").contains("not set");
        Cli ok = check(f, Map.of("MY_TOKEN", "s3cret-token-value"));
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("patchwork https://patchwork.kernel.org/ project netdevbpf (token set)")
                .doesNotContain("s3cret");
    }

    /** Every complete example in docs/cli.md is a configuration pwci accepts, and says what it sets up. */
    @Test
    void theExamplesInTheDocumentationAreValid() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "cli.md"));
        Matcher m = Pattern.compile("```yaml\\n(# pwci configuration: (\\S+).*?)```", Pattern.DOTALL).matcher(doc);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(2));
            Path f = Files.writeString(tmp.resolve(m.group(2) + ".yaml"), m.group(1));
            Cli r = check(f, Map.of("NETDEV_PATCHWORK_TOKEN", "t", "BPF_PATCHWORK_TOKEN", "t", "PWCI_SMTP_PASSWORD", "p"));
            assertThat(r.exit()).as(m.group(2) + ": " + r).isZero();
            assertThat(r.out()).contains("checks:").contains("trees:");
        }
        assertThat(names).contains("netdev", "bpf");
    }
}

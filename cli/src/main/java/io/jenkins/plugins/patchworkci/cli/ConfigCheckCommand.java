package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.check.Check;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pwci config check [FILE]}: reads the configuration as {@code pwci run} would, and either
 * names what is wrong (file and line) or says briefly what it found.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a configuration file and summarise what it sets up.")
final class ConfigCheckCommand extends PwciCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "pwci.yaml",
            description = "The configuration file (default ${DEFAULT-VALUE}).")
    Path file;

    Map<String, String> env = System.getenv();

    @Override
    protected int execute() throws UsageException, ConfigException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        RunConfig c = RunConfig.read(file, env);
        if (!c.problems().isEmpty()) {
            // What only some commands need (a token for posting) is still an error for config check.
            throw new ConfigException(String.join("\n", c.problems()));
        }
        List<Check> checks = CheckRegistry.builtIn().enabled(CheckCommand.configuredChecks(Optional.of(c)));
        PrintWriter out = out();
        out.println(file + ": ok");
        out.println("work:      " + c.work());
        out.println("sources:   " + (c.sources().isEmpty() ? "none (pwci run will find nothing)" : c.sources().size()));
        for (RunConfig.SourceConfig s : c.sources()) {
            out.println("  " + s + (s.kind().equals("patchwork") ? s.token().isPresent() ? " (token set)" : " (no token)" : ""));
        }
        out.println("trees:     " + c.routing().trees().size());
        for (Tree t : c.routing().trees()) {
            out.println("  " + t.name() + ": " + t.remote() + " " + t.branch() + " (" + t.kind().name().toLowerCase().replace('_', '-')
                    + ", " + t.role().name().toLowerCase() + (t.tags().isEmpty() ? "" : ", tags " + String.join(" ", t.tags())) + ")");
        }
        out.println("apply:     three-way " + onOff(c.threeWay()) + ", rebuilt preimage " + onOff(c.rebuildPreimage())
                + ", sign-off " + onOff(c.signOff()) + c.linkPattern().map(l -> ", link " + l).orElse(""));
        out.println("build:     " + commands(c) + "; sandbox " + c.sandbox().name().toLowerCase() + ", timeout "
                + c.timeout().toMinutes() + "m, " + c.concurrency() + " at a time");
        List<String> names = new ArrayList<>();
        checks.forEach(k -> names.add(k.name()));
        out.println("checks:    " + names.size() + " enabled: " + String.join(", ", names));
        out.println("reports:   " + reporters(c));
        return ExitCode.OK;
    }

    private static String commands(RunConfig c) {
        List<String> parts = new ArrayList<>();
        c.perPatchCommands().forEach(x -> parts.add("per patch: " + String.join(" ", x)));
        c.buildCommands().forEach(x -> parts.add("series: " + String.join(" ", x)));
        c.tests().forEach(t -> parts.add("tests " + t.name() + " (" + t.format() + "): " + String.join(" ", t.command())));
        return parts.isEmpty() ? "no commands" : String.join("; ", parts);
    }

    private static String reporters(RunConfig c) {
        List<String> r = new ArrayList<>();
        boolean patchwork = c.sources().stream().anyMatch(s -> s.kind().equals("patchwork"))
                && !Boolean.FALSE.equals(c.patchworkReport().get("enabled"));
        if (patchwork) {
            r.add("Patchwork checks");
        }
        c.mail().ifPresent(m -> r.add(m.toString()));
        r.add("HTML and JSON under " + c.work().resolve("out"));
        String list = String.join(", ", r);
        return c.shadow() ? list + " (shadow mode: nothing is posted or mailed)" : list;
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}

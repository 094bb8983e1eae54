package io.jenkins.plugins.patchworkci.cli;

import picocli.CommandLine.Command;

/** {@code pwci config}: commands about the configuration file. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Work with the configuration file.",
        subcommands = {ConfigCheckCommand.class})
final class ConfigCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

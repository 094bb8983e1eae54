/**
 * The {@code pwci} command: picocli commands over the engine, one class per subcommand.
 * Parses arguments and prints; every decision is the engine's.
 */
package io.jenkins.plugins.patchworkci.cli;

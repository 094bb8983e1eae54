package io.jenkins.plugins.patchworkci.route;

/**
 * A tree's place in its family, in the kernel's words: {@code net} and {@code bpf} are
 * <em>fixes</em> trees, {@code net-next} and {@code bpf-next} their <em>development</em> trees.
 * (Not "stable": that word means the -stable trees.) A tree alone in its family is standalone.
 */
public enum TreeRole {
    FIXES,
    DEVELOPMENT,
    STANDALONE
}

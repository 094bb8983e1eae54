package io.jenkins.plugins.patchworkci.report;

import org.jspecify.annotations.Nullable;


/**
 * How a check's name becomes a Patchwork context. A site that tests one tree posts the check's
 * name as is ({@code build_clang}), as NIPA does. A site that tests several trees with one
 * Patchwork user appends the tree ({@code build_clang-net-next}), because Patchwork keeps one
 * check per (user, context) and a net run must not overwrite a net-next one. Characters of a tree
 * name a context may not hold ({@code .} in {@code linux-6.1.y}) become {@code _}. A run without a
 * tree (routing made no decision) posts the bare name.
 */
public enum ContextNaming {
    /** The check's name: one tree per Patchwork user. */
    CHECK,
    /** The check's name, {@code -}, the tree's name: several trees per Patchwork user. */
    CHECK_AND_TREE;

    public String context(String check, @Nullable String tree) {
        String context = this == CHECK || tree == null ? check : check + "-" + tree.replaceAll("[^-a-zA-Z0-9_]", "_");
        if (!context.matches("[-a-zA-Z0-9_]{1,255}")) {
            throw new IllegalArgumentException("not a Patchwork context (1-255 of [-a-zA-Z0-9_]): " + context);
        }
        return context;
    }
}

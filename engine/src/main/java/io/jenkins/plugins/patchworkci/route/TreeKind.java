package io.jenkins.plugins.patchworkci.route;

/** Whether a tree is the kernel or a user-space project built and tested beside it. */
public enum TreeKind {
    KERNEL,
    USER_SPACE
}

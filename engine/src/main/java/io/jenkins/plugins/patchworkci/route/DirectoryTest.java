package io.jenkins.plugins.patchworkci.route;

/**
 * Tells whether a path is a directory of the tree a MAINTAINERS file belongs to. get_maintainer.pl
 * treats {@code F: net/core} as {@code F: net/core/} when {@code net/core} is a directory; with a
 * tree at hand, this says so exactly.
 */
@FunctionalInterface
public interface DirectoryTest {
    boolean isDirectory(String path);
}

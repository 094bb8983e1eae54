/**
 * The realistic-tree variant of the applying benchmark: Debian's linux-source-6.1 unpacked once
 * into a cache directory and committed, a 100-patch series on real files, git am beside us.
 */
package io.jenkins.plugins.patchworkci.bench.kernel;

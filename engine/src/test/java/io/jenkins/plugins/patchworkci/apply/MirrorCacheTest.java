package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MirrorCacheTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "git command: {0}")
    @ValueSource(booleans = {true, false})
    void clonesOnceFetchesIncrementallyAndMakesWorkTrees(boolean useGit) throws Exception {
        GitCli remote = GitCli.init(tmp.resolve("remote"));
        remote.write("f", "one\n");
        String first = remote.commit("one", "1500000000 +0000");
        String url = remote.dir.toUri().toString();

        MirrorCache cache = new MirrorCache(tmp.resolve("cache"), useGit);
        assertThat(cache.usesGitCommand()).isEqualTo(useGit);
        Path mirror = cache.update(url);
        assertThat(mirror).isEqualTo(cache.mirrorPath(url)).startsWith(tmp.resolve("cache"));
        try (Repository r = cache.open(url)) {
            assertThat(r.resolve("refs/heads/main").name()).isEqualTo(first);
        }

        remote.write("f", "two\n");
        String second = remote.commit("two", "1500000100 +0000");
        // Concurrent updates of one mirror are serialised, and all succeed.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Path>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> cache.update(url)));
        }
        for (Future<Path> f : runs) {
            assertThat(f.get()).isEqualTo(mirror);
        }
        pool.shutdown();
        try (Repository r = cache.open(url)) {
            assertThat(r.resolve("refs/heads/main").name()).isEqualTo(second);
        }

        Path wt = cache.addWorkTree(url, ObjectId.fromString(first), tmp.resolve("build"));
        assertThat(wt.resolve("f")).hasContent("one");
        cache.removeWorkTree(url, wt);
        assertThat(wt).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-oProxyCommand=touch /tmp/x", "ext::sh -c touch% /tmp/x", ""})
    void refusesUrlsThatAreOptionsOrCommands(String url) {
        MirrorCache cache = new MirrorCache(tmp.resolve("cache"));
        assertThatThrownBy(() -> cache.update(url)).hasMessageContaining("refusing repository URL");
    }
}

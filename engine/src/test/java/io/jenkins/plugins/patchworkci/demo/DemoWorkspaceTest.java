package io.jenkins.plugins.patchworkci.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's series do what the demo says they do, with the real git am as the judge. */
class DemoWorkspaceTest {

    @TempDir
    static Path tmp;

    private static DemoWorkspace demo;

    @BeforeAll
    static void generate() throws Exception {
        demo = DemoWorkspace.create(tmp.resolve("demo"));
    }

    private static int git(Path dir, List<String> args) {
        return GitRepo.in(dir).as("T", "t@example.org").exec(null, Map.of(), args.toArray(String[]::new)).status();
    }

    private static boolean gitAmApplies(Path bare, String series) throws Exception {
        Path clone = Files.createTempDirectory(tmp, "clone");
        assertThat(git(tmp, List.of("clone", "-q", bare.toString(), clone.toString()))).isZero();
        List<String> args = new ArrayList<>(List.of("am", "-q"));
        try (Stream<Path> s = Files.list(demo.root().resolve("work/out").resolve(series))) {
            s.sorted().filter(p -> !p.getFileName().toString().startsWith("0000") && !p.getFileName().toString().startsWith("v2-0000"))
                    .forEach(p -> args.add(p.toString()));
        }
        return git(clone, args) == 0;
    }

    @Test
    void eachSeriesAppliesOrFailsAsAdvertised() throws Exception {
        assertThat(gitAmApplies(demo.netNextRepository(), "1")).isTrue();
        assertThat(gitAmApplies(demo.netNextRepository(), "2")).isTrue();
        assertThat(gitAmApplies(demo.netNextRepository(), "3")).isFalse();
        assertThat(gitAmApplies(demo.netNextRepository(), "4v1")).isTrue();
        assertThat(gitAmApplies(demo.netNextRepository(), "4v2")).isTrue();
        assertThat(gitAmApplies(demo.netRepository(), "5")).isTrue();
        assertThat(gitAmApplies(demo.netNextRepository(), "6k")).isTrue();
        assertThat(gitAmApplies(demo.userSpaceRepository(), "6u")).isTrue();
        assertThat(gitAmApplies(demo.netNextRepository(), "7")).isFalse();
    }

    @Test
    void theMailboxHoldsEverySeriesInOrder() throws IOException {
        String mbox = Files.readString(demo.mailbox(), StandardCharsets.UTF_8);
        List<String> subjects = mbox.lines().filter(l -> l.startsWith("Subject: ")).toList();
        assertThat(subjects).hasSize(16);
        assertThat(subjects.get(0)).isEqualTo("Subject: [PATCH net-next 0/2] net: add sock_recv()");
        assertThat(subjects).contains("Subject: [PATCH net-next v2 2/2] net: sock: never send a negative count",
                "Subject: [PATCH net] net: sock: do not return a negative count",
                "Subject: [PATCH iproute2-next] ip: show that the queue length is settable");
        assertThat(mbox).contains("Fixes: ").contains("base-commit: ").doesNotContain("*** SUBJECT HERE ***");
        List<String> ids = mbox.lines().filter(l -> l.startsWith("Message-Id: ")).toList();
        assertThat(ids).hasSize(16).doesNotHaveDuplicates();
    }

    /** Same place, same history: a demo made again gives the same commit ids (MAINTAINERS names the place). */
    @Test
    void theHistoryIsTheSameEachTime() throws Exception {
        Path place = tmp.resolve("again");
        String first = tip(DemoWorkspace.create(place).netNextRepository());
        try (Stream<Path> s = Files.walk(place)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(tip(DemoWorkspace.create(place).netNextRepository())).isEqualTo(first);
    }

    private static String tip(Path bare) throws Exception {
        return GitRepo.in(bare).run("rev-parse", "main").trim();
    }
}

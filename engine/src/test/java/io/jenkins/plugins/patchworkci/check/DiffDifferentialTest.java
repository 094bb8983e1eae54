package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff reader against git itself: for each commit, {@code git format-patch} writes the mail
 * (with its diffstat, its {@code -- } signature, quoted unusual names) and {@link Diff} must find
 * the files, the created and deleted ones, and the added and removed line counts that
 * {@code git show --numstat --name-status} reports.
 */
class DiffDifferentialTest {

    private static final String[] NAMES = {"net/a.c", "include/b.h", "dir with space/c.c", "f\u00f6\u00f6/d.c",
        "e-\"quoted\".c", "tools/-option.sh"};

    @TempDir
    Path dir;

    /** git in the series' repository (test-support's GitRepo): what it writes on its standard output. */
    private String git(String... args) {
        return GitRepo.in(dir).output(args);
    }

    @Test
    void filesAndLineCountsEqualGits() throws Exception {
        Random r = new Random(42);
        try (CommittedSeries f = new CommittedSeries(dir)) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put(NAMES[0], "int a;\n");
            f.base(files);
            for (int i = 0; i < 15; i++) {
                Map<String, String> change = new LinkedHashMap<>();
                for (String name : NAMES) {
                    int what = r.nextInt(4);
                    if (what == 0 && files.containsKey(name)) {
                        change.put(name, null);
                        files.remove(name);
                    } else if (what >= 2) {
                        StringBuilder b = new StringBuilder(files.getOrDefault(name, ""));
                        for (int k = r.nextInt(5); k >= 0; k--) {
                            // "-- " and "--- x" lines inside the content must stay content.
                            b.append(r.nextBoolean() ? "-- \n" : "--- line " + r.nextInt(100) + "\n");
                        }
                        String text = b.toString();
                        if (r.nextBoolean() && text.contains("\n")) {
                            text = text.substring(text.indexOf('\n') + 1);
                        }
                        change.put(name, text);
                        files.put(name, text);
                    }
                }
                if (change.isEmpty()) {
                    continue;
                }
                f.commit("change " + i, change, "Ada", "ada@example.org");
                String label = "change " + i;
                String mail = git("format-patch", "-1", "--stdout", "HEAD");
                Diff d = Diff.parse(mail);

                Map<String, int[]> expected = new LinkedHashMap<>();
                String[] numstat = git("show", "--numstat", "-z", "--format=", "HEAD").split("\0");
                for (String entry : numstat) {
                    String e = entry.strip();
                    if (e.isEmpty()) {
                        continue;
                    }
                    String[] parts = e.split("\t", 3);
                    expected.put(parts[2], new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
                }
                Map<String, int[]> actual = new LinkedHashMap<>();
                d.files().forEach(x -> actual.put(x.path(), new int[] {x.added().size(), x.removed().size()}));
                assertThat(actual.keySet()).as("files of " + label).containsExactlyInAnyOrderElementsOf(
                        expected.keySet());
                expected.forEach((path, counts) -> assertThat(actual.get(path)).as(path + " in " + label)
                        .containsExactly(counts));

                String[] status = git("show", "--name-status", "-z", "--format=", "HEAD").split("\0");
                for (int k = 0; k + 1 < status.length; k += 2) {
                    String st = status[k].strip();
                    String path = status[k + 1];
                    Diff.DiffFile file = d.files().stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
                    assertThat(file.created()).as("created " + path).isEqualTo(st.equals("A"));
                    assertThat(file.deleted()).as("deleted " + path).isEqualTo(st.equals("D"));
                }
            }
        }
    }
}

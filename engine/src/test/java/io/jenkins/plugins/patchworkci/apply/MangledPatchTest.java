package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail mangles patches: lines lost, doubled, cut, bytes changed. Whatever arrives, the applier
 * answers with a result — applied or a failure naming the patch — never an exception.
 */
class MangledPatchTest {

    @TempDir
    Path tmp;

    static byte[] mangle(Random r, byte[] patch) {
        String[] lines = new String(patch, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n", -1);
        int at = r.nextInt(lines.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int kind = r.nextInt(6);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i == at) {
                switch (kind) {
                    case 0 -> { continue; } // a line lost
                    case 1 -> l = l + "\n" + l; // a line doubled
                    case 2 -> l = l.substring(0, r.nextInt(l.length() + 1)); // a line cut
                    case 3 -> l = l.isEmpty() ? "@" : (char) (32 + r.nextInt(95)) + l.substring(1); // first byte changed
                    case 4 -> l = "@@ -" + r.nextInt(100) + "," + r.nextInt(5) + " +" + r.nextInt(100) + " @@\n" + l;
                    default -> {
                        out.write(patch, 0, Math.min(patch.length, r.nextInt(patch.length + 1))); // truncated
                        return out.toByteArray();
                    }
                }
            }
            out.writeBytes(l.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            if (i < lines.length - 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    @Test
    void mangledPatchesGiveAResultNeverAnException() throws Exception {
        EveryDiffShapeSeries fx = EveryDiffShapeSeries.everyShape(tmp.resolve("repo"));
        List<PatchToApply> patches = fx.git.mailinfo(fx.formatPatch(fx.base, fx.series), false);
        int applied = 0;
        int failed = 0;
        try (Repository repo = new FileRepositoryBuilder().setGitDir(fx.git.dir.resolve(".git").toFile()).build()) {
            Random r = new Random(42);
            for (int i = 0; i < 200; i++) {
                int which = r.nextInt(patches.size());
                MailInfo m = patches.get(which).info();
                PatchToApply mangled = PatchToApply.of(new MailInfo(m.author(), m.email(), m.subject(), m.date(),
                        m.message(), mangle(r, m.patch())));
                List<PatchToApply> series = new java.util.ArrayList<>(patches);
                series.set(which, mangled);
                AppliedSeries result = new ApplySeries(repo).setTip(ObjectId.fromString(fx.base)).setPatches(series)
                        .setThreeWay(r.nextBoolean()).setHistoryDepth(5).call();
                if (result.applied()) {
                    applied++;
                } else {
                    failed++;
                    assertThat(result.failure().orElseThrow().patchIndex()).isBetween(1, which + 1);
                    assertThat(result.summary()).isNotBlank();
                }
            }
        }
        assertThat(failed).isGreaterThan(30);
        assertThat(applied).isGreaterThan(10);
    }
}

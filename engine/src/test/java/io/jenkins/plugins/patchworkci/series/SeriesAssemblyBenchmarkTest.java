package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: a benchmark that prints figures, run on demand with
 * {@code mvn -B -o -q -pl engine test -Dtest=SeriesAssemblyBenchmarkTest -Dpwci.benchmark=true}.
 * An archive of many copies of a real thread (cover letter, 3 patches, 5 replies, from git
 * format-patch), shuffled, is assembled, linked into lineages, and every am-ready message built.
 */
@EnabledIfSystemProperty(named = "pwci.benchmark", matches = "true")
class SeriesAssemblyBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void archiveOfThreads() throws Exception {
        List<Mail> thread = ReviewTrailersTest.reviewThread(tmp);
        RealGitMail git = new RealGitMail(tmp);
        List<Message> originals = git.read(thread);
        RecordedParsers parsers = new RecordedParsers(git, originals);
        for (int copies : new int[] {100, 1000, 5000}) {
            List<Message> archive = new ArrayList<>();
            for (int c = 0; c < copies; c++) {
                String tag = "-" + c;
                for (Message m : originals) {
                    archive.add(new Message(m.messageId() + tag, m.inReplyTo().map(id -> id + tag),
                            m.references().stream().map(id -> id + tag).toList(), m.from(), m.subject(), m.info()));
                }
            }
            Collections.shuffle(archive, new Random(1));
            SeriesAssembler assembler = new SeriesAssembler(parsers);
            assembler.assemble(archive.subList(0, Math.min(archive.size(), 2000))); // warm-up
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long startCpu = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Assembly a = assembler.assemble(archive);
            long assembled = System.nanoTime();
            long assembledCpu = cpu.getCurrentThreadCpuTime();
            List<Lineage> lineages = new LineageLinker().link(a.series());
            long linked = System.nanoTime();
            AmReadyMessage am = new AmReadyMessage().setLinkPattern(AmReadyMessage.DEFAULT_LINK_PATTERN);
            int messages = 0;
            for (Series s : a.series()) {
                for (var p : s.patches()) {
                    messages += am.commitMessage(s, p).isEmpty() ? 0 : 1;
                }
            }
            long built = System.nanoTime();
            assertThat(a.series()).hasSize(copies);
            // CPU time of this thread, not wall time: the figure holds on a shared, loaded machine.
            System.out.printf("%6d messages: assemble %7.1f ms wall, %7.1f ms CPU (%6.1f us CPU/message); "
                            + "lineages %6.1f ms wall; %5d am-ready messages %6.1f ms wall%n",
                    archive.size(), (assembled - start) / 1e6, (assembledCpu - startCpu) / 1e6,
                    (assembledCpu - startCpu) / 1e3 / archive.size(), (linked - assembled) / 1e6, messages,
                    (built - linked) / 1e6);
            assertThat(lineages).isNotEmpty();
        }
    }
}

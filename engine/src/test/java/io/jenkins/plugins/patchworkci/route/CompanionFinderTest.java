package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanionFinderTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private static PostedSeries series(String id, String author, long minutes, String tag, String text) {
        return series(id, "area: " + id, author, minutes, tag, text, Set.of(), Set.of(), Set.of());
    }

    private static PostedSeries series(String id, String subject, String author, long minutes, String tag, String text,
            Set<String> thread, Set<String> changeIds, Set<String> links) {
        return new PostedSeries(id, subject, author, T0.plusSeconds(60 * minutes), List.of("PATCH", tag, "v2"), text,
                Set.of(id), thread, changeIds, links);
    }

    private final CompanionFinder finder;

    CompanionFinderTest() throws Exception {
        finder = new CompanionFinder(RoutingConfig.preset("netdevbpf"));
    }

    private final PostedSeries kernel = series("k@example.org", "Dev@Example.org", 0, "net-next", "add a knob");

    @Test
    void sameAuthorWithinTheWindowIsOnlyAPossibleCompanion() {
        PostedSeries ip = series("ip@example.org", "dev@example.org", 30, "iproute2-next", "ip: support the knob");
        List<Companion> c = finder.find(kernel, List.of(kernel, ip));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.tree().name()).isEqualTo("iproute2-next");
            assertThat(x.paired()).isFalse();
            assertThat(x.reason()).isEqualTo("same author, posted 30 min apart, but nothing links them");
            assertThat(x.label()).startsWith("Possible companion area: ip@example.org (same author");
        });
    }

    @Test
    void theSameAuthorNamingTheOtherTreeOrSubjectPairs() {
        PostedSeries namesIp = series("k2@example.org", "dev@example.org", 0, "net-next",
                "The ip side follows as an iproute2-next series.");
        PostedSeries ip = series("ip@example.org", "dev@example.org", 30, "iproute2-next", "");
        assertThat(finder.find(namesIp, List.of(ip))).singleElement().satisfies(x -> {
            assertThat(x.paired()).isTrue();
            assertThat(x.reason()).isEqualTo("the kernel series names iproute2-next; same author, posted 30 min apart");
        });
        PostedSeries namesNet = series("ip2@example.org", "dev@example.org", 30, "iproute2-next",
                "Uses the attribute the net-next series adds.");
        assertThat(finder.find(kernel, List.of(namesNet))).singleElement()
                .satisfies(x -> assertThat(x.reason()).startsWith("it names net-next;"));
        PostedSeries k = series("k3@example.org", "net: dev: Add the FOO attribute", "dev@example.org", 0, "net-next", "",
                Set.of(), Set.of(), Set.of());
        PostedSeries u = series("ip3@example.org", "ip: add the foo attribute.", "dev@example.org", 5, "iproute2-next", "",
                Set.of(), Set.of(), Set.of());
        assertThat(finder.find(k, List.of(u))).singleElement().satisfies(x -> {
            assertThat(x.paired()).isTrue();
            assertThat(x.reason()).startsWith("the same subject 'add the foo attribute'");
        });
        PostedSeries wordInAWord = series("ip4@example.org", "dev@example.org", 30, "iproute2-next",
                "Not for net-next-old.");
        assertThat(finder.find(kernel, List.of(wordInAWord))).singleElement().satisfies(x -> assertThat(x.paired()).isFalse());
    }

    @Test
    void theThreadAChangeIdOrALinkPairAcrossAuthorsAndTime() {
        PostedSeries threaded = series("t@example.org", "ip: t", "helper@example.org", 60 * 48, "iproute2-next", "",
                Set.of("k@example.org"), Set.of(), Set.of());
        assertThat(finder.find(kernel, List.of(threaded))).singleElement()
                .satisfies(x -> assertThat(x.reason()).isEqualTo("posted in one thread with the kernel series"));
        PostedSeries k = series("kc@example.org", "net: c", "dev@example.org", 0, "net-next", "", Set.of(),
                Set.of("I0123abcd"), Set.of("https://bugzilla.example.org/1"));
        PostedSeries sameChange = series("c@example.org", "ip: c", "helper@example.org", 60 * 48, "iproute2-next", "",
                Set.of(), Set.of("I0123abcd"), Set.of());
        assertThat(finder.find(k, List.of(sameChange))).singleElement()
                .satisfies(x -> assertThat(x.reason()).isEqualTo("the same change-id I0123abcd as the kernel series"));
        PostedSeries sameLink = series("l@example.org", "ip: l", "helper@example.org", 60 * 48, "iproute2-next", "",
                Set.of(), Set.of(), Set.of("https://bugzilla.example.org/1"));
        assertThat(finder.find(k, List.of(sameLink))).singleElement().satisfies(x -> assertThat(x.paired()).isTrue());
    }

    @Test
    void otherAuthorsLateSeriesAndKernelSeriesAreNot() {
        PostedSeries other = series("o@example.org", "someone@example.org", 5, "iproute2-next", "the net-next series");
        PostedSeries late = series("l@example.org", "dev@example.org", 60 * 7, "iproute2-next", "the net-next series");
        PostedSeries kernelToo = series("n@example.org", "dev@example.org", 5, "net", "");
        assertThat(finder.find(kernel, List.of(other, late, kernelToo))).isEmpty();
    }

    @Test
    void aLinkWinsOverTimingAndWorksAcrossAuthors() {
        PostedSeries near = series("near@example.org", "dev@example.org", 1, "iproute2-next", "");
        PostedSeries linked = series("far@example.org", "helper@example.org", 60 * 48, "iproute2-next",
                "Kernel side: https://lore.kernel.org/netdev/k@example.org/");
        List<Companion> c = finder.find(kernel, List.of(near, linked));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.series().id()).isEqualTo("far@example.org");
            assertThat(x.reason()).isEqualTo("far@example.org names the kernel series");
        });
    }

    @Test
    void oneCompanionPerUserSpaceTree() {
        PostedSeries ip = series("ip@example.org", "dev@example.org", 10, "iproute2-next", "");
        PostedSeries lib = series("lib@example.org", "dev@example.org", 20, "libbpf", "");
        assertThat(finder.find(kernel, List.of(lib, ip))).extracting(x -> x.tree().name())
                .containsExactly("iproute2-next", "libbpf");
    }

    @Test
    void twoKernelSeriesOfOneAuthorAroundOneIproute2SeriesShareItWithNeither() {
        // A net fix and a net-next series, both by dev, with an iproute2-next series between them.
        PostedSeries fix = series("fix@example.org", "dev@example.org", 0, "net", "Fix a count.");
        PostedSeries knob = series("knob@example.org", "dev@example.org", 60, "net-next",
                "Kernel side; the iproute2-next series follows.");
        PostedSeries ip = series("ip@example.org", "dev@example.org", 40, "iproute2-next", "Show the knob.");
        List<PostedSeries> all = List.of(fix, knob, ip);

        assertThat(finder.find(fix, all)).as("the nearer fix has only timing; the knob names the tree").isEmpty();
        assertThat(finder.find(knob, all)).singleElement().satisfies(x -> assertThat(x.paired()).isTrue());

        // With timing only for both, the nearer one names it as possible; the other does not.
        PostedSeries plainKnob = series("knob@example.org", "dev@example.org", 60, "net-next", "Kernel side.");
        List<PostedSeries> weak = List.of(fix, plainKnob, ip);
        assertThat(finder.find(plainKnob, weak)).singleElement().satisfies(x -> assertThat(x.paired()).isFalse());
        assertThat(finder.find(fix, weak)).isEmpty();

        // Equal evidence, equally far: the smaller Message-ID takes it, whichever series asks.
        PostedSeries a = series("a@example.org", "dev@example.org", 0, "net-next", "The iproute2-next side follows.");
        PostedSeries b = series("b@example.org", "dev@example.org", 80, "net-next", "The iproute2-next side follows.");
        List<PostedSeries> tie = List.of(a, b, ip);
        assertThat(finder.find(a, tie)).hasSize(1);
        assertThat(finder.find(b, tie)).isEmpty();
    }
}

package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanionFinderTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private static PostedSeries series(String id, String author, long minutes, String tag, String text) {
        return new PostedSeries(id, author, T0.plusSeconds(60 * minutes), List.of("PATCH", tag, "v2"), text);
    }

    private final CompanionFinder finder;

    CompanionFinderTest() throws Exception {
        finder = new CompanionFinder(RoutingConfig.preset("netdevbpf"));
    }

    private final PostedSeries kernel = series("k@example.org", "Dev@Example.org", 0, "net-next", "add a knob");

    @Test
    void sameAuthorWithinTheWindowIsACompanion() {
        PostedSeries ip = series("ip@example.org", "dev@example.org", 30, "iproute2-next", "ip: support the knob");
        List<Companion> c = finder.find(kernel, List.of(kernel, ip));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.tree().name()).isEqualTo("iproute2-next");
            assertThat(x.reason()).isEqualTo("same author, posted 30 min apart");
        });
    }

    @Test
    void otherAuthorsLateSeriesAndKernelSeriesAreNot() {
        PostedSeries other = series("o@example.org", "someone@example.org", 5, "iproute2-next", "");
        PostedSeries late = series("l@example.org", "dev@example.org", 60 * 7, "iproute2-next", "");
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
}

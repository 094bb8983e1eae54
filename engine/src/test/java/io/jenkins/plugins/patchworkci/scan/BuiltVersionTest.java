package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuiltVersionTest {

    private static final String LINEAGE = "3f2a9c0b1d4e";
    private static final HeadName NET_NEXT = new HeadName(LINEAGE, Optional.of("net-next"));
    private static final HeadName NET = new HeadName(LINEAGE, Optional.of("net"));
    private static final HeadName OTHER = new HeadName("0123456789ab", Optional.of("net-next"));

    static BuiltVersion v(HeadName head, int version, String msgid, long seriesId, String... patchIds) {
        return new BuiltVersion(head, new RevisionId(version, msgid, RevisionId.hash(List.of(patchIds))), seriesId);
    }

    @Test
    void aNewerVersionSupersedesAnOlderOneAndNotTheOtherWayRound() {
        BuiltVersion v1 = v(NET_NEXT, 1, "v1@example.org", 100, "a");
        BuiltVersion v2 = v(NET_NEXT, 2, "v2@example.org", 140, "a2");
        assertThat(v1.isSupersededBy(v2)).isTrue();
        // a retest of v1 started while v2 runs must not abort v2
        assertThat(v2.isSupersededBy(v1)).isFalse();
    }

    @Test
    void aRetestOfTheSameRevisionNeverSupersedesItsOwnRevision() {
        BuiltVersion v2 = v(NET_NEXT, 2, "v2@example.org", 140, "a2");
        assertThat(v2.isSupersededBy(v(NET_NEXT, 2, "v2@example.org", 140, "a2"))).isFalse();
    }

    @Test
    void anotherLineageNeverSupersedes() {
        assertThat(v(NET_NEXT, 1, "v1@example.org", 100, "a").isSupersededBy(v(OTHER, 5, "x@example.org", 900, "b")))
                .isFalse();
    }

    @Test
    void aVersionThatMovedTreesSupersedesTheOldTreesBuilds() {
        // v1 [PATCH net], v2 [PATCH net-next v2]: two heads, one lineage
        BuiltVersion v1 = v(NET, 1, "v1@example.org", 100, "a");
        BuiltVersion v2 = v(NET_NEXT, 2, "v2@example.org", 140, "a2");
        assertThat(v1.sameLineage(v2)).isTrue();
        assertThat(v1.isSupersededBy(v2)).isTrue();
    }

    @Test
    void aResendUnderTheSameNumberIsOrderedByArrival() {
        BuiltVersion first = v(NET_NEXT, 2, "v2@example.org", 140, "a2");
        BuiltVersion resend = v(NET_NEXT, 2, "v2-resend@example.org", 141, "a2", "b2");
        assertThat(first.isSupersededBy(resend)).isTrue();
        assertThat(resend.isSupersededBy(first)).isFalse();
    }

    @Test
    void otherVersionsAreTheNewestBuildOfEachOtherRevisionOldestFirst() {
        BuiltVersion v1 = v(NET, 1, "v1@example.org", 100, "a");
        BuiltVersion v2 = v(NET_NEXT, 2, "v2@example.org", 140, "a2");
        BuiltVersion v3 = v(NET_NEXT, 3, "v3@example.org", 170, "a3");
        List<VersionBuilds.Build> builds = List.of(
                new VersionBuilds.Build(v3, 5, "job/p/job/net-next-3f2a9c0b1d4e/5/", null),
                new VersionBuilds.Build(v2, 4, "job/p/job/net-next-3f2a9c0b1d4e/4/", "SUCCESS"),
                new VersionBuilds.Build(v2, 2, "job/p/job/net-next-3f2a9c0b1d4e/2/", "FAILURE"),
                new VersionBuilds.Build(v1, 1, "job/p/job/net-3f2a9c0b1d4e/1/", "FAILURE"),
                new VersionBuilds.Build(v(OTHER, 1, "o@example.org", 99, "z"), 9, "job/p/job/o/9/", "SUCCESS"));

        List<VersionBuilds.Build> others = VersionBuilds.others(v3, builds);

        assertThat(others).extracting(VersionBuilds.Build::url)
                .containsExactly("job/p/job/net-3f2a9c0b1d4e/1/", "job/p/job/net-next-3f2a9c0b1d4e/4/");
        assertThat(others).extracting(b -> b.label(NET_NEXT)).containsExactly("v1 (net) #1", "v2 #4");
        assertThat(VersionBuilds.others(v2, builds)).extracting(b -> b.label(NET_NEXT))
                .containsExactly("v1 (net) #1", "v3 #5");
    }
}

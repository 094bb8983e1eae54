package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RevisionIdTest {

    @Test
    void theHashDependsOnEveryPatchIdAndTheirOrder() {
        String ab = RevisionId.hash(List.of("a1", "b2"));
        assertThat(ab).matches("[0-9a-f]{12}").isEqualTo(RevisionId.hash(List.of("a1", "b2")));
        assertThat(RevisionId.hash(List.of("b2", "a1"))).isNotEqualTo(ab);
        assertThat(RevisionId.hash(List.of("a1"))).isNotEqualTo(ab);
        assertThat(RevisionId.hash(List.of("a1b2"))).isNotEqualTo(ab);
    }

    @Test
    void versionMessageIdAndPatchIdsAllCount() {
        RevisionId r = new RevisionId(2, "cover.1@example.org", RevisionId.hash(List.of("p")));
        assertThat(r).isNotEqualTo(new RevisionId(3, "cover.1@example.org", r.patchIdsHash()))
                .isNotEqualTo(new RevisionId(2, "cover.2@example.org", r.patchIdsHash()))
                .isNotEqualTo(new RevisionId(2, "cover.1@example.org", RevisionId.hash(List.of("q"))));
    }

    @Property
    void textReadsBack(@ForAll @IntRange(min = 1, max = 99) int version,
            @ForAll @StringLength(min = 1, max = 60) String id) {
        String msgid = id.chars().allMatch(c -> c > 0x20 && c != 0x7f) ? id : "x:y@z";
        RevisionId r = new RevisionId(version, msgid, RevisionId.hash(List.of(id)));
        assertThat(RevisionId.parse(r.toString())).contains(r);
    }

    @Test
    void garbageIsNotARevision() {
        assertThat(RevisionId.parse("v0:0123456789ab:x@y")).isEmpty();
        assertThat(RevisionId.parse("v1:0123456789ab: x@y")).isEmpty();
        assertThat(RevisionId.parse("1:0123456789ab:x@y")).isEmpty();
    }
}

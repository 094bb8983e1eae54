package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HeadNameTest {

    @Test
    void namesATreeAndTheHashOfTheFirstVersion() {
        SeriesId first = new SeriesId("cover.1795567226.git.jane@example.org");
        HeadName n = HeadName.of(first, "net-next");

        assertThat(n.toString()).isEqualTo("net-next-" + first.shortHash()).matches("[a-z0-9.-]+");
        assertThat(HeadName.of(first, null).toString()).isEqualTo(first.shortHash());
        assertThat(HeadName.parse(n.toString())).contains(n);
        assertThat(HeadName.parse(first.shortHash())).contains(new HeadName(first.shortHash(), Optional.empty()));
    }

    @Property
    void parseReadsBackEveryName(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String tree,
            @ForAll @StringLength(min = 1, max = 80) String messageId) {
        HeadName n = HeadName.of(new SeriesId(messageId), tree);
        assertThat(HeadName.parse(n.toString())).contains(n);
    }

    @Test
    void refusesWhatIsNotAName() {
        for (String s : List.of("", "net-next", "net-next-ABCDEF012345", "-0123456789ab", "net next-0123456789ab",
                "0123456789a", "../0123456789ab")) {
            assertThat(HeadName.parse(s)).as(s).isEmpty();
        }
        assertThatThrownBy(() -> HeadName.of(new SeriesId("x@y"), "net/next")).hasMessageContaining("not a tree name");
    }
}

package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subject prefixes as the kernel lists write them. */
class SubjectPrefixTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // subject                                           | tree          | v | idx | tot | rfc   | resend | pull
        "[PATCH] net: fix                                     | -             | 1 | 1   | 1   | false | false  | false",
        "[PATCH net] tcp: fix                                 | net           | 1 | 1   | 1   | false | false  | false",
        "[PATCH net-next v3 02/15] ice: x                     | net-next      | 3 | 2   | 15  | false | false  | false",
        "[PATCH bpf-next V2 0/5] cover                        | bpf-next      | 2 | 0   | 5   | false | false  | false",
        "[PATCH iproute2-next] ip: x                          | iproute2-next | 1 | 1   | 1   | false | false  | false",
        "[RFC][PATCH v2 1/3] mm: x                            | -             | 2 | 1   | 3   | true  | false  | false",
        "[RFC PATCH net-next 3/4] x                           | net-next      | 1 | 3   | 4   | true  | false  | false",
        "[PATCH RESEND v4 net 1/1] x                          | net           | 4 | 1   | 1   | false | true   | false",
        "[GIT PULL] Networking for 6.8                        | -             | 1 | 1   | 1   | false | false  | true",
        "[PULL net] x                                         | net           | 1 | 1   | 1   | false | false  | true",
        "Re: [PATCH v2 4/7] bpf: x                            | -             | 2 | 4   | 7   | false | false  | false",
        "RE: Re: [PATCHv5 2/2] x                              | -             | 5 | 2   | 2   | false | false  | false",
        "net: no prefix at all                                | -             | 1 | 1   | 1   | false | false  | false",
        "[PATCH 5.10 12/30] stable backport                   | 5.10          | 1 | 12  | 30  | false | false  | false",
        "[PATCH v2] [net] tcp: second group                   | net           | 2 | 1   | 1   | false | false  | false",
    })
    void parses(String subject, String tree, int version, int index, int total, boolean rfc, boolean resend, boolean pull) {
        SubjectPrefix p = SubjectPrefix.parse(subject);
        assertThat(p.treeTag()).isEqualTo(Optional.ofNullable(tree));
        assertThat(p.version()).isEqualTo(version);
        assertThat(p.index()).isEqualTo(index);
        assertThat(p.total()).isEqualTo(total);
        assertThat(p.rfc()).isEqualTo(rfc);
        assertThat(p.resend()).isEqualTo(resend);
        assertThat(p.pull()).isEqualTo(pull);
    }

    @Test
    void wordsAndCoverLetter() {
        SubjectPrefix p = SubjectPrefix.parse("[RFC][PATCH bpf-next v2 00/12] bpf: cover");
        assertThat(p.words()).containsExactly("RFC", "PATCH", "bpf-next", "v2", "00/12");
        assertThat(p.isCoverLetter()).isTrue();
        assertThat(SubjectPrefix.parse("[PATCH] lone").isCoverLetter()).isFalse();
        assertThat(SubjectPrefix.parse("no brackets").words()).isEmpty();
        assertThat(SubjectPrefix.parse("[unclosed PATCH v2").words()).isEmpty();
    }
}

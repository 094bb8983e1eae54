package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.series.PullRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which [GIT PULL] repositories may be fetched. */
class PullRequestTrustTest {

    private final PullRequestTrust trust = PullRequestTrust.of(List.of("git.kernel.org", "*.kernel.org",
            "github.com"));

    @Test
    void trustedHostsOverHttpsOrGit() {
        assertThat(trust.decide("https://git.kernel.org/pub/scm/linux/kernel/git/bpf/bpf.git").trusted()).isTrue();
        assertThat(trust.decide("git://git.kernel.org/pub/scm/linux/kernel/git/netfilter/nf.git").trusted()).isTrue();
        assertThat(trust.decide("https://git.sub.kernel.org/x.git").reason()).contains("under trusted *.kernel.org");
        assertThat(trust.decide("https://GitHub.com/foo/linux.git").trusted()).as("hosts compare without case").isTrue();
        assertThat(trust.decide("https://git.kernel.org./x.git").trusted()).as("trailing dot").isTrue();
    }

    @Test
    void everythingElseIsRefusedWithAReason() {
        assertThat(trust.decide("https://evil.example/linux.git").reason()).isEqualTo(
                "host evil.example is not in the trusted list");
        assertThat(trust.decide("https://kernel.org.evil.example/x.git").trusted()).isFalse();
        assertThat(trust.decide("https://evilkernel.org/x.git").trusted()).as("suffix is not a subdomain").isFalse();
        assertThat(trust.decide("file:///home/ci/.ssh").reason()).contains("scheme file://");
        assertThat(trust.decide("ssh://git@git.kernel.org/pub/x.git").reason()).contains("scheme ssh://");
        assertThat(trust.decide("git@github.com:foo/linux.git").reason()).contains("scp-like");
        assertThat(trust.decide("/srv/git/linux.git").reason()).contains("local path");
        assertThat(trust.decide("../linux").trusted()).isFalse();
        assertThat(trust.decide("http://git.kernel.org/x.git").trusted()).isFalse();
        assertThat(new PullRequestTrust(List.of("git.kernel.org"), true).decide("http://git.kernel.org/x.git")
                .trusted()).isTrue();
        assertThat(trust.decide("https://user:token@github.com/foo/linux.git").reason()).contains("credentials");
        assertThat(trust.decide("ext::sh -c touch% /tmp/pwned").trusted()).isFalse();
        assertThat(trust.decide("https://git.kernel.org@evil.example/x.git").trusted())
                .as("a trusted name in the user part").isFalse();
        assertThat(trust.decide("https://evil.example/#@git.kernel.org").trusted()).isFalse();
        assertThat(trust.decide("https://git.kernel.org\\@evil.example/x.git").trusted()).isFalse();
        assertThat(trust.decide("").trusted()).isFalse();
    }

    @Test
    void pullRequestBodyNamesUrlAndTag() {
        String body = """
                Hi Jakub,

                The following changes since commit 0123456789abcdef0123456789abcdef01234567:

                  net: something (2025-01-01 10:00:00 +0100)

                are available in the Git repository at:

                  git://git.kernel.org/pub/scm/linux/kernel/git/netfilter/nf.git tags/nf-25-01-02

                for you to fetch changes up to fedcba9876543210fedcba9876543210fedcba98:
                """;
        PullRequest pr = PullRequest.parse(body).orElseThrow();
        assertThat(pr.repository()).isEqualTo("git://git.kernel.org/pub/scm/linux/kernel/git/netfilter/nf.git");
        assertThat(pr.ref()).isEqualTo("tags/nf-25-01-02");
        assertThat(trust.decide(pr.repository()).trusted()).isTrue();
        assertThat(PullRequest.parse("just a patch")).isEmpty();
    }
}

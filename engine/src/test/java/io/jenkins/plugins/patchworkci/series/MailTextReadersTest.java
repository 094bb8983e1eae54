package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small text readers of the series package: dates, pull requests, Message-IDs in links. */
class MailTextReadersTest {

    @Test
    void datesAsMailersWriteThem() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(SentDate.parse("Fri, 20 Nov 2026 10:00:00 +0000")).contains(t);
        assertThat(SentDate.parse("Fri, 20 Nov 2026 11:00:00 +0100 (CET)")).contains(t);
        assertThat(SentDate.parse("20 Nov 2026 10:00:00 GMT")).contains(t);
        assertThat(SentDate.parse("Fri, 20 Nov 2026 10:00 UT")).contains(t);
        assertThat(SentDate.parse("fri, 20 nov 2026 05:00:00 -0500")).contains(t);
        assertThat(SentDate.parse("yesterday")).isEmpty();
        assertThat(SentDate.parse("")).isEmpty();
    }

    @Test
    void pullRequestUrlsAndRefs() {
        String ssh = """
                The following changes since commit 0123456789abcdef0123456789abcdef01234567:

                  net: something (2026-11-01 10:00:00 +0000)

                are available in the Git repository at:

                  git@gitolite.kernel.org:pub/scm/linux/kernel/git/netdev/net.git tags/net-6.19-rc1

                for you to fetch changes up to 89abcdef0123456789abcdef0123456789abcdef:
                """;
        assertThat(PullRequest.parse(ssh)).contains(new PullRequest(
                "git@gitolite.kernel.org:pub/scm/linux/kernel/git/netdev/net.git", "tags/net-6.19-rc1",
                Optional.of("0123456789abcdef0123456789abcdef01234567"),
                Optional.of("89abcdef0123456789abcdef0123456789abcdef")));
        assertThat(PullRequest.parse("are available in the Git repository at:\n\n  https://example.org/repo.git\n"))
                .map(PullRequest::ref).contains("master");
        // a URL in prose above the request-pull text is not the repository
        assertThat(PullRequest.parse("See https://example.org/why\nare available in the Git repository at:\n\n"
                + "  git://example.org/r.git for-linus\n")).map(PullRequest::repository).contains("git://example.org/r.git");
        assertThat(PullRequest.parse("no repository here")).isEmpty();
    }

    @Test
    void messageIdsInLinks() {
        assertThat(SeriesMetadata.messageIdOf("<a.b@c>")).contains("a.b@c");
        assertThat(SeriesMetadata.messageIdOf("a.b@c")).contains("a.b@c");
        assertThat(SeriesMetadata.messageIdOf("https://lore.kernel.org/r/20261120.x%40example.org")).contains("20261120.x@example.org");
        assertThat(SeriesMetadata.messageIdOf("https://lore.kernel.org/netdev/a+b@c.d/T/#u")).contains("a+b@c.d");
        assertThat(SeriesMetadata.messageIdOf("https://patch.msgid.link/x@y.z")).contains("x@y.z");
        assertThat(SeriesMetadata.messageIdOf("https://patchwork.kernel.org/project/netdevbpf/list/?series=1")).isEmpty();
        assertThat(SeriesMetadata.messageIdOf("not a reference")).isEmpty();
    }

    @Test
    void previousVersionLinksInCoverText() {
        SeriesMetadata m = SeriesMetadata.read(java.util.List.of("""
                Changes in v3:
                - fixed things
                - Link to v2: https://patch.msgid.link/20261110-foo-v2-0-aaa@kernel.org

                v1: https://lore.kernel.org/all/20261101-foo-v1-0-bbb@kernel.org/
                v0 was never posted (see https://example.org/blog)
                """));
        assertThat(m.previousVersions()).containsExactly(
                new SeriesMetadata.VersionReference(2, "20261110-foo-v2-0-aaa@kernel.org"),
                new SeriesMetadata.VersionReference(1, "20261101-foo-v1-0-bbb@kernel.org"));
    }
}

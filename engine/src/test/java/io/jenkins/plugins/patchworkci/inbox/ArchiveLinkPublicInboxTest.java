package io.jenkins.plugins.patchworkci.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The archive links against the real thing: messages with awkward Message-IDs delivered into a real
 * public-inbox and served by public-inbox-httpd; the link the build page shows must open exactly that
 * message there (its raw form carries the same Message-ID header).
 */
class ArchiveLinkPublicInboxTest {

    static final List<String> MESSAGE_IDS = List.of(
            "20261102090000.1234-1-jane@example.org",
            "cover.1730000000.git.jane+netdev@example.org",
            "a/b%c?d#e&f=g:h;i@example.org",
            "x..y@[127.0.0.1]",
            "m\u00e9l@example.org");

    @TempDir
    static Path dir;
    private static PublicInboxServer server;

    @BeforeAll
    static void start() throws Exception {
        PublicInboxServer.assumeInstalled();
        server = new PublicInboxServer(dir);
        server.init("links");
        int n = 0;
        for (String id : MESSAGE_IDS) {
            n++;
            String mail = "From: Jane Doe <jane@example.org>\n"
                    + "To: " + PublicInboxServer.address("links") + "\n"
                    + "Subject: [PATCH net-next] message " + n + "\n"
                    + "Date: Mon, 2 Nov 2026 09:0" + n + ":00 +0000\n"
                    + "Message-ID: <" + id + ">\n"
                    + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                    + "body " + n + "\n";
            server.deliver("links", mail.getBytes(StandardCharsets.UTF_8));
        }
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @FieldSource("MESSAGE_IDS")
    void theLinkOpensThatMessageInPublicInbox(String messageId) throws Exception {
        String link = ArchiveLink.of(server.base() + "links", "<" + messageId + ">").orElseThrow();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> raw = http.send(HttpRequest.newBuilder(URI.create(link + "raw"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(raw.statusCode()).as(link + "raw").isEqualTo(200);
        assertThat(raw.body()).contains("Message-ID: <" + messageId + ">");
        assertThat(page.statusCode()).as(link).isEqualTo(200);
    }
}

package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxClient;
import io.jenkins.plugins.patchworkci.mail.MailLimits;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs too big to check in, generated here: each must end as a bounded, named error (or a
 * bounded result) and the mail after it must still be read. Limits asserted are the defaults in
 * {@link MailLimits} (64 MiB per message, 512 KiB per line or unfolded header, 256 MIME parts),
 * {@code intake.RawHeaders.MAX} (1,000 recipients kept per message) and
 * {@code inbox.PublicInboxClient.MAX_INFLATED_BYTES} (256 MiB from one gzip mbox).
 */
class GeneratedBombsTest {

    private static final Duration TIME = Duration.ofSeconds(60);

    static String header(String subject, String id, String extra) {
        return "From mallory Mon Sep 17 00:00:00 2001\nFrom: Mallory <m@example.org>\n"
                + "Date: Wed, 25 Nov 2026 02:18:25 +0100\nSubject: " + subject + "\nMessage-ID: <" + id + ">\n" + extra;
    }

    static final String GOOD = header("[PATCH] net: the good one", "good@example.org", "") + "\nFine.\n\n"
            + "Signed-off-by: A <a@example.org>\n---\ndiff --git a/x b/x\nindex 1111111..2222222 100644\n--- a/x\n+++ b/x\n"
            + "@@ -1 +1 @@\n-a\n+b\n";

    /** A mailbox where the bomb comes first and a good message after it. */
    static SeriesReader.Read readWithGoodAfter(byte[] bomb) {
        byte[] box = new byte[bomb.length + GOOD.length()];
        System.arraycopy(bomb, 0, box, 0, bomb.length);
        System.arraycopy(GOOD.getBytes(StandardCharsets.US_ASCII), 0, box, bomb.length, GOOD.length());
        return BoundedCase.run("mailbox", new byte[0], TIME, 64L * box.length + (512L << 20),
                () -> SeriesReader.withDefaults().read(box, "bomb.mbox"));
    }

    static void assertGoodStillRead(SeriesReader.Read read) {
        assertThat(read.messages()).extracting(m -> m.messageId()).contains("good@example.org");
    }

    /** Level 1: a bomb of repeated bytes deflates as small, in a fraction of the time. */
    static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    @Test
    void aGzipBombMailboxStopsAtTheMessageLimitAndGoesOn() throws IOException {
        // 100 MiB of 80-column lines in one message, gzipped to a few hundred KB.
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream z = fastGzip(gz)) {
            z.write(header("[PATCH] bomb", "bomb@example.org", "").getBytes(StandardCharsets.US_ASCII));
            z.write('\n');
            byte[] line = ("A".repeat(79) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[line.length * 1024];
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (long written = 0; written < (100L << 20); written += block.length) {
                z.write(block);
            }
            z.write(GOOD.getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(gz.size()).isLessThan(2 << 20);
        SeriesReader.Read read = BoundedCase.run("gzip bomb", gz.toByteArray(), TIME, 2L << 30,
                () -> SeriesReader.withDefaults().read(gz.toByteArray(), "bomb.mbox.gz"));
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("larger than " + MailLimits.defaults().maxMessageBytes() + " bytes"));
        assertGoodStillRead(read);
    }

    @Test
    void aMimeBombIsRefusedByItsPartCount() {
        StringBuilder b = new StringBuilder(header("[PATCH] mime bomb", "mime@example.org",
                "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n")).append('\n');
        for (int i = 0; i < 20_000; i++) {
            b.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        }
        b.append("--b--\n");
        SeriesReader.Read read = readWithGoodAfter(b.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("more than " + MailLimits.defaults().maxMimeParts() + " MIME parts");
            assertThat(e.messageId()).contains("mime@example.org");
        });
        assertGoodStillRead(read);
    }

    @Test
    void deeplyNestedMultipartIsBounded() {
        StringBuilder b = new StringBuilder(header("[PATCH] nested", "nested@example.org",
                "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n")).append('\n');
        for (int i = 0; i < 5_000; i++) {
            b.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1).append("\"\n\n");
        }
        SeriesReader.Read read = readWithGoodAfter(b.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("Too many boundaries")); // git mailinfo's own limit (5)
        assertGoodStillRead(read);
    }

    @Test
    void aMillionRecipientsIsAnOverlongHeaderError() {
        StringBuilder to = new StringBuilder("To: ");
        for (int i = 0; i < 1_000_000; i++) {
            to.append(i == 0 ? "" : ",\n ").append('u').append(i).append("@example.org");
        }
        SeriesReader.Read read = readWithGoodAfter(
                (header("[PATCH] many", "many@example.org", to + "\n") + "\nBody.\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("header of more than " + MailLimits.defaults().maxLineBytes() + " bytes"));
        assertGoodStillRead(read);
    }

    @Test
    void thirtyThousandRecipientsParseButOnlyAThousandAreKept() {
        StringBuilder cc = new StringBuilder("Cc: ");
        for (int i = 0; i < 30_000; i++) {
            cc.append(i == 0 ? "" : ",\n ").append('u').append(i).append("@x.org");
        }
        SeriesReader.Read read = readWithGoodAfter((header("[PATCH] many", "many@example.org", cc + "\n")
                + "\nFine.\n\nSigned-off-by: A <a@example.org>\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(read.errors()).isEmpty();
        assertThat(read.recipients("many@example.org")).hasSize(1000);
        assertGoodStillRead(read);
    }

    @Test
    void anOverlongSubjectIsAnErrorNamingTheMessage() {
        SeriesReader.Read read = readWithGoodAfter((header("[PATCH] " + "x".repeat(600 << 10), "long@example.org", "")
                + "\nBody.\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("longer than " + MailLimits.defaults().maxLineBytes() + " bytes");
        });
        assertGoodStillRead(read);
    }

    @Test
    void aGzipBombFromAnArchiveIsRefusedNotInflated() throws Exception {
        // 257 gzip members of 1 MiB of zeros each: one stream (gzip allows members back to back), made in milliseconds.
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(member)) {
            z.write(new byte[1 << 20]);
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        for (int i = 0; i < 257; i++) {
            member.writeTo(gz);
        }
        // The JDK's own HTTP server: a real server, started in milliseconds.
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = gz.toByteArray();
        server.createContext("/netdev/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/gzip");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            PublicInboxClient client = new PublicInboxClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                    HttpTransports.standard(HttpSettings.defaults()));
            assertThatThrownBy(() -> client.thread("netdev", "bomb@example.org")).isInstanceOf(IOException.class)
                    .hasMessageContaining("inflates to more than " + (256 << 20) + " bytes");
        } finally {
            server.stop(0);
        }
    }
}

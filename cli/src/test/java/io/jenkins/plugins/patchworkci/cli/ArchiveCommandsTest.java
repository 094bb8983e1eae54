package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxServer;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwci series} and {@code pwci apply} against a real public-inbox (public-inbox-httpd on
 * loopback) holding the demo's day of mail: the list URL is detected by its {@code new.atom}, and a
 * series is fetched by Message-ID from the archive given with {@code --archive}.
 */
class ArchiveCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static PublicInboxServer server;
    static DemoWorkspace demo;
    /** The delivered series as pwci series reads them from their folders: Message-ID by id. */
    static final Map<String, String> fromMbox = new HashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        PublicInboxServer.assumeInstalled();
        demo = DemoWorkspace.create(tmp.resolve("demo"));
        server = new PublicInboxServer(Files.createDirectories(tmp.resolve("pi")));
        server.init("netdev", "netdev@demo.example.org"); // the list the demo's mail is sent to
        // Two of the demo's series (a cover letter and two patches; one patch), as format-patch wrote them:
        // each public-inbox-mda delivery costs a second, so not the whole day of mail.
        for (String folder : List.of("work/out/1", "work/out/2")) {
            Cli list = Cli.run("series", demo.root().resolve(folder).toString(), "--json");
            for (JsonNode s : JSON.readTree(list.out())) {
                fromMbox.put(s.get("id").asText(), s.get("messageId").asText());
            }
            try (Stream<Path> files = Files.list(demo.root().resolve(folder))) {
                for (Path f : files.sorted().toList()) {
                    byte[] mail = Files.readAllBytes(f);
                    int nl = indexOf(mail, (byte) '\n');
                    // format-patch starts with an mbox "From " line; an MTA hands over the message without it
                    server.deliver("netdev", startsWith(mail, "From ") ? Arrays.copyOfRange(mail, nl + 1, mail.length) : mail);
                }
            }
        }
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, String s) {
        return new String(b, 0, Math.min(b.length, s.length()), java.nio.charset.StandardCharsets.US_ASCII).equals(s);
    }

    @Test
    void aListUrlIsDetectedAndListsTheSeriesDelivered() throws Exception {
        Cli r = Cli.run("series", server.base() + "netdev/", "--json", "--retries", "0");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> ids = JSON.readTree(r.out()).findValuesAsText("id");
        assertThat(ids).containsExactlyInAnyOrderElementsOf(fromMbox.keySet());
    }

    @Test
    void applyFetchesTheSeriesByMessageIdFromTheArchive() throws Exception {
        Path kernel = tmp.resolve("kernel");
        GitRepo.in(tmp).run("clone", "-q", demo.netNextRepository().toString(), kernel.toString());
        // Alice's two-patch series with a cover letter, as its format-patch folder holds it
        String id = JSON.readTree(Cli.run("series", demo.root().resolve("work/out/1").toString(), "--json").out())
                .get(0).get("id").asText();
        Cli byMessageId = Cli.run("apply", "<" + fromMbox.get(id) + ">", "--archive", server.base() + "netdev/",
                "--repo", kernel.toString(), "--branch", "from-archive");
        assertThat(byMessageId.exit()).as(byMessageId.toString()).isZero();
        assertThat(byMessageId.out()).contains("archive " + server.base() + "netdev");
        Cli byMbox = Cli.run("apply", demo.mailbox().toString(), "--id", id, "--repo", kernel.toString(),
                "--branch", "from-mbox");
        assertThat(byMbox.exit()).as(byMbox.toString()).isZero();
        assertThat(GitRepo.in(kernel).run("rev-parse", "from-archive^{tree}"))
                .isEqualTo(GitRepo.in(kernel).run("rev-parse", "from-mbox^{tree}"));
        assertThat(GitRepo.in(kernel).run("log", "--format=%an %ae %B", "main..from-archive"))
                .isEqualTo(GitRepo.in(kernel).run("log", "--format=%an %ae %B", "main..from-mbox"))
                .contains("net: declare sock_recv()");
    }
}

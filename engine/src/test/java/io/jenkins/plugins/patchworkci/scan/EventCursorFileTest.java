package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored event cursors: what is saved is read back after a "restart" (a new instance on the same file). */
class EventCursorFileTest {

    @TempDir
    Path tmp;

    @Test
    void cursorsSurviveANewInstanceAndAMissingFileIsEmpty() throws Exception {
        Path file = tmp.resolve("jenkins-home/patchwork-ci-event-cursors.json");
        assertThat(new EventCursorFile(file).load()).isEmpty();
        Map<EventCursorFile.Key, EventCursor> cursors = new LinkedHashMap<>();
        cursors.put(new EventCursorFile.Key("kernel.org", "netdevbpf"),
                new EventCursor(Instant.parse("2026-11-25T00:41:09.239773Z"), List.of(42L, 43L)));
        cursors.put(new EventCursorFile.Key("kernel.org", "linux-wireless"),
                new EventCursor(Instant.parse("2026-11-24T10:00:00Z"), List.of()));
        new EventCursorFile(file).save(cursors);

        assertThat(new EventCursorFile(file).load()).isEqualTo(cursors);
        assertThat(Files.list(file.getParent())).as("no temporary file left").containsExactly(file);

        cursors.remove(new EventCursorFile.Key("kernel.org", "linux-wireless"));
        new EventCursorFile(file).save(cursors);
        assertThat(new EventCursorFile(file).load()).containsOnlyKeys(new EventCursorFile.Key("kernel.org", "netdevbpf"));
    }

    @Test
    void aDamagedFileIsAnErrorNamingIt() throws Exception {
        Path file = tmp.resolve("cursors.json");
        for (String bad : List.of("{\"version\":1,\"cursors\":[{\"server\":\"a\",\"project\":\"b\",\"since\":\"yesterday\"}]}",
                "{\"version\":1,\"cursors\":[{\"server\":\"a\",\"since\":\"2026-11-24T10:00:00Z\"}]}",
                "{\"version\":2,\"cursors\":[]}", "{\"version\":1,\"cursors\":[{\"server\":\"a\",\"project\":\"b\","
                        + "\"since\":\"2026-11-24T10:00:00Z\",\"seen\":[\"x\"]}]}", "{\"version\":1,", "")) {
            Files.writeString(file, bad);
            assertThatThrownBy(() -> new EventCursorFile(file).load()).as(bad).isInstanceOf(IOException.class)
                    .hasMessageContaining(file.toString());
        }
    }
}

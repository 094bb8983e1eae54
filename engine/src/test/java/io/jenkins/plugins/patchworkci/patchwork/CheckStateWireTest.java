package io.jenkins.plugins.patchworkci.patchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.check.CheckState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one CheckState, in Patchwork's words on the wire. */
class CheckStateWireTest {

    record Holder(CheckState state) {}

    @Test
    void readsAndWritesPatchworksWords() throws Exception {
        for (CheckState s : CheckState.values()) {
            String json = PatchworkJson.MAPPER.writeValueAsString(new Holder(s));
            assertThat(json).isEqualTo("{\"state\":\"" + s.name().toLowerCase(java.util.Locale.ROOT) + "\"}");
            assertThat(PatchworkJson.MAPPER.readValue(json, Holder.class).state()).isEqualTo(s);
        }
    }

    @Test
    void aStateFromANewerServerReadsAsNullButIsRefusedAsAnArgument() throws Exception {
        assertThat(PatchworkJson.MAPPER.convertValue(Map.of("state", "passed"), Holder.class).state()).isNull();
        assertThat(PatchworkJson.MAPPER.readValue("{\"state\":null}", Holder.class).state()).isNull();
        assertThatThrownBy(() -> CheckStateWire.of("passed")).hasMessageContaining("pending|success|warning|fail");
        assertThatThrownBy(() -> CheckStateWire.of("FAIL")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CheckStateWire.of("warning")).isEqualTo(CheckState.WARNING);
    }

    @Test
    void formsListTheStatesInPatchworksOrder() {
        assertThat(CheckStateWire.API_ORDER.stream().map(CheckStateWire::word))
                .containsExactly("pending", "success", "warning", "fail");
    }
}

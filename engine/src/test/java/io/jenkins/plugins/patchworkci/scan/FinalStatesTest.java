package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FinalStatesTest {

    @Test
    void closesOnlyWhenEveryStateIsFinal() {
        FinalStates f = FinalStates.DEFAULT;
        assertThat(f.closes(List.of("accepted", "superseded", "Changes-Requested"))).isTrue();
        assertThat(f.closes(List.of("accepted", "new"))).isFalse();
        assertThat(f.closes(List.of("accepted", "unknown"))).isFalse();
        assertThat(f.closes(List.of())).as("no patches known is not finished").isFalse();
        assertThat(FinalStates.of(List.of(" Accepted ", "")).states()).containsExactly("accepted");
    }
}

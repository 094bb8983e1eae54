package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The cause an aborted build shows. Jenkins merges equal causes of one interruption and stores them with
 * the build (Java serialization on agents, XStream on disk), so equality and serialization matter.
 */
class SupersededInterruptionTest {

    @Test
    void namesTheNewVersionAndItsBuild() {
        assertThat(new SupersededInterruption(3, "netdevbpf » net-next-3f2a9c0b1d4e #5").getShortDescription())
                .isEqualTo("Superseded by v3 of the series (netdevbpf » net-next-3f2a9c0b1d4e #5)");
    }

    @Test
    void theSameNewBuildIsOneCauseAnotherIsAnother() {
        SupersededInterruption a = new SupersededInterruption(3, "p » h #5");
        assertThat(a).isEqualTo(new SupersededInterruption(3, "p » h #5"))
                .hasSameHashCodeAs(new SupersededInterruption(3, "p » h #5"))
                .isNotEqualTo(new SupersededInterruption(3, "p » h #6"))
                .isNotEqualTo(new SupersededInterruption(4, "p » h #5"));
    }

    @Test
    void survivesSerialization() throws Exception {
        SupersededInterruption a = new SupersededInterruption(2, "p » h #9");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(a);
        }
    }

    @Test
    void aRetestSaysWhichVersionAndFromWhere() {
        assertThat(new PatchworkRetestCause(2, 7).getShortDescription())
                .isEqualTo("Retest of v2 of the series, asked from build #7");
    }
}

package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.scan.CheckoutResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where patchworkCheckout puts companion series and the variables it gives the pipeline for them: beside
 * the series' directory, named by the tree; names, numbers, hex ids and booleans only.
 */
class CompanionDirsTest {

    private static final String HEX = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void aCompanionGoesBesideTheSeriesDirectoryUnderItsTreeName() {
        assertThat(CompanionDirs.dirFor("linux", "iproute2-next")).isEqualTo("iproute2-next");
        assertThat(CompanionDirs.dirFor("build/linux", "iproute2-next")).isEqualTo("build/iproute2-next");
        assertThat(PatchworkCheckoutStep.safeDir(CompanionDirs.dirFor("a/b/linux", "libbpf"))).isTrue();
    }

    @Test
    void variablesAreNamedByTreeAndHoldNoTextFromMail() {
        CheckoutResult applied = new CheckoutResult("iproute2-next", "https://example.invalid/iproute2-next.git", "main",
                HEX, HEX, true, "applied on the tip: 'ip: print c' (from mail)", List.of(HEX), HEX, "/ws/iproute2-next");
        CheckoutResult failed = new CheckoutResult("libbpf", "https://example.invalid/libbpf.git", "master", HEX, HEX,
                false, "does not apply: patch 1 'x; rm -rf /' src/btf.c", List.of(), HEX, "");

        Map<String, String> env = CompanionDirs.environment(List.of(applied, failed), List.of("iproute2-next", "libbpf"),
                List.of(7L, 8L));

        assertThat(env).containsEntry("PATCHWORK_COMPANIONS", "iproute2-next libbpf")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_DIR", "iproute2-next")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_APPLIED", "true")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_SERIES_ID", "7")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_HEAD", HEX)
                .containsEntry("PATCHWORK_COMPANION_LIBBPF_DIR", "")
                .containsEntry("PATCHWORK_COMPANION_LIBBPF_APPLIED", "false");
        assertThat(env.keySet()).allMatch(k -> k.matches("PATCHWORK_[A-Z0-9_]+"));
        assertThat(env.values()).allMatch(v -> v.matches("[A-Za-z0-9._ /-]*"));
        assertThat(env.values()).noneMatch(v -> v.contains("rm") || v.contains("print"));
    }
}

package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java parts of the steps that decide what reaches an agent or a shell: the per-patch
 * environment. (Running the steps needs a Jenkins; checkout directories and the routing text are the
 * engine's CheckoutRequest and RoutingConfig.parse.)
 */
class StepArgumentsTest {

    @Test
    void eachPatchGetsNumbersAndHexIdsOnly() {
        List<Map<String, String>> envs = PatchworkEachPatchStep.environments("linux",
                List.of("1111111111111111111111111111111111111111", "2222222222222222222222222222222222222222"),
                List.of(9L));

        assertThat(envs).hasSize(2);
        assertThat(envs.get(0)).containsEntry("PATCHWORK_PATCH_INDEX", "1").containsEntry("PATCHWORK_PATCH_COUNT", "2")
                .containsEntry("PATCHWORK_PATCH_ID", "9").containsEntry("PATCHWORK_DIR", "linux");
        assertThat(envs.get(1)).containsEntry("PATCHWORK_PATCH_COMMIT", "2222222222222222222222222222222222222222")
                .containsEntry("PATCHWORK_PATCH_ID", "");
        envs.forEach(e -> assertThat(e.keySet()).allMatch(k -> k.matches("PATCHWORK_[A-Z_]+")));
    }

    @Test
    void verifyReportsTheWorstStateInPatchworksOrder() {
        assertThat(PatchworkVerifyStep.worst(List.of("success", "warning", "success"))).isEqualTo("warning");
        assertThat(PatchworkVerifyStep.worst(List.of("pending", "fail", "warning"))).isEqualTo("fail");
        assertThat(PatchworkVerifyStep.worst(List.of("success", "pending"))).isEqualTo("pending");
        assertThat(PatchworkVerifyStep.worst(List.of())).isEqualTo("success");
    }
}
